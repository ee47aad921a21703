import { useEffect } from 'react'

/** The application's name, used alone on the home page and after every page title. */
export const APP_NAME = 'Watchdesk'

/** Sets `document.title` to "`title` · Watchdesk", or "Watchdesk" when `title` is empty. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · ${APP_NAME}` : APP_NAME
  }, [title])
}
