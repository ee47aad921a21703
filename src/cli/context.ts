import { DEFAULT_KB_DIR, KnowledgeBase } from '../kb/knowledge-base.ts'
import { userKbDirs } from '../kb/user-pack.ts'

let kb: KnowledgeBase | null = null

/**
 * The knowledge base: the default pack, then the user packs — `WATCHDESK_KB` (colon-separated
 * directories), else `./data/kb`, where `watchdesk kb import` and accepted proposals write.
 */
export function loadKb(): KnowledgeBase {
  kb ??= KnowledgeBase.load([DEFAULT_KB_DIR, ...userKbDirs()])
  return kb
}
