/**
 * Entry point of the Watchdesk web UI.
 * @module
 */

import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { RouterProvider } from 'react-router/dom'
import { createRouter } from './router'
import './styles.css'

const container = document.getElementById('root')
if (!container) {
  throw new Error('Watchdesk: the page has no #root element to render into')
}

createRoot(container).render(
  <StrictMode>
    <RouterProvider router={createRouter()} />
  </StrictMode>,
)
