import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'test/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
      'web/src/**/*.test.{ts,tsx}',
    ],
    // Two cores: keep workers few so the browser test and the store tests are not starved.
    maxWorkers: 2,
    testTimeout: 20_000,
    env: { TZ: 'UTC', WATCHDESK_LOG: 'warn' },
  },
})
