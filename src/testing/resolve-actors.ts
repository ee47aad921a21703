import { bareHead } from './bare-head.ts'
import { analyseArticle, type AnalysedArticle } from '../analyse/analyse-article.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from '../kb/knowledge-base.ts'

let defaultKb: KnowledgeBase | null = null

/** The default pack, loaded once per test file. */
export function defaultTestKb(): KnowledgeBase {
  defaultKb ??= KnowledgeBase.load([DEFAULT_KB_DIR])
  return defaultKb
}

/** One resolved mention, as tests compare it. */
export interface ResolvedMention {
  text: string
  actor: string | null
}

/**
 * Analyses a text as an article published on `published` and returns its mentions and record:
 * the helper every actor-resolution test uses.
 *
 * @example
 * mentionsOf('The Armenian Prime Minister said …', '2019-11-29').mentions
 */
export function mentionsOf(
  text: string,
  published: string,
  kb: KnowledgeBase = defaultTestKb(),
): { mentions: ResolvedMention[]; analysed: AnalysedArticle } {
  const analysed = analyseArticle(bareHead(text, published), { kb })
  return {
    mentions: analysed.record.mentions.map((m) => ({ text: m.text, actor: m.actor })),
    analysed,
  }
}

/** The actor a phrase of the text resolved to: undefined when no mention covers exactly it. */
export function actorOf(
  mentions: readonly ResolvedMention[],
  text: string,
): string | null | undefined {
  return mentions.find((m) => m.text === text)?.actor
}
