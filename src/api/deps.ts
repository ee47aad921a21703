import type { ApplicationDeps } from '../applications/applications.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { Store } from '../store/store.ts'
import type { ReadAccess } from './middleware/guard-api.ts'
import type { SiteConfig } from '../site/outlet-pages.ts'

/** What the HTTP app needs from the rest of the system. */
export interface AppDeps {
  store: Store
  kb: KnowledgeBase
  /** User pack directory that accepted proposals are written to (default: $WATCHDESK_KB's last, else ./data/kb). */
  kbDir?: string
  /** Built web UI to serve at `/` (web/dist); omitted in API-only tests. */
  webRoot?: string
  /** The call for contributors and application intake; omitted, neither is served. */
  applications?: Omit<ApplicationDeps, 'store'>
  /** Who may read the API (`WATCHDESK_READS`): anyone (default) or only staff. */
  reads?: ReadAccess
  /** The outlet's public side (`WATCHDESK_SITE_URL`, `WATCHDESK_OUTLET`, analytics). */
  site?: SiteConfig
}
