import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { Store } from '../store/store.ts'

/** What the HTTP app needs from the rest of the system. */
export interface AppDeps {
  store: Store
  kb: KnowledgeBase
  /** Built web UI to serve at `/` (web/dist); omitted in API-only tests. */
  webRoot?: string
}
