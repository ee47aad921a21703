import { DEFAULT_KB_DIR, KnowledgeBase } from '../kb/knowledge-base.ts'

let kb: KnowledgeBase | null = null

/** The knowledge base: the default pack, then the packs in `WATCHDESK_KB` (colon-separated dirs). */
export function loadKb(): KnowledgeBase {
  kb ??= KnowledgeBase.load([
    DEFAULT_KB_DIR,
    ...(process.env.WATCHDESK_KB ?? '').split(':').filter(Boolean),
  ])
  return kb
}
