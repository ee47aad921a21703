/**
 * Vite configuration of the web UI. `vite build web` writes web/dist, which `watchdesk serve`
 * serves; `vite web` runs the dev server and forwards `/api` to the API on port 8080 (the real
 * server, or web/dev/mock-api.ts).
 * @module
 */

import react from '@vitejs/plugin-react'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const API_TARGET = 'http://127.0.0.1:8080'

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
  server: {
    proxy: { '/api': API_TARGET },
  },
  preview: {
    proxy: { '/api': API_TARGET },
  },
})
