/**
 * Scoring helpers shared by both parts of the quotes benchmark (PolNeAR and the own gold set in
 * corpus/demo/annotations): the 30%-token-overlap match rule, per-document matching of record
 * quotes against gold attributions, and precision/recall/F1 over the totals.
 */

/** Lower-cased letter and digit runs. */
export const tokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** Shares at least 30% of tokens both ways, the PolNeAR matching rule in the quotes issue. */
export function overlaps(a: string, b: string): boolean {
  return overlapScore(a, b) > 0
}

/** How well two texts overlap: the smaller of the two shares, 0 below the 30% rule. */
export function overlapScore(a: string, b: string): number {
  const ta = tokens(a)
  const tb = new Set(tokens(b))
  if (ta.length === 0 || tb.size === 0) {
    return 0
  }
  const shared = ta.filter((t) => tb.has(t)).length
  const score = Math.min(shared / ta.length, shared / tb.size)
  return shared / ta.length >= 0.3 && shared / tb.size >= 0.3 ? score : 0
}

/** One gold attribution as the matcher sees it. */
export interface GoldSpan {
  text: string
  /** Whether the attribution counts towards recall (PolNeAR: speech cues only). */
  recall: boolean
}

/** How one document's record quotes meet its gold attributions. */
export interface DocumentMatch {
  /** Number of record quotes. */
  predicted: number
  /** Record quotes that overlap at least one gold attribution, of any kind. */
  correct: number
  /** Gold attributions that count towards recall. */
  gold: number
  /**
   * For each gold attribution, by index: the record quote matched to it (whoever its speaker
   * is), or null when none is left that overlaps it or when it does not count towards recall.
   */
  matches: (number | null)[]
}

/**
 * Matches one document: precision over every record quote (right when it overlaps any gold
 * attribution), recall over the gold attributions that count, one to one: the pairs that
 * overlap most are taken first, so a record quote serves one gold attribution at most and is
 * not also scored, speaker and all, against another that merely shares its words.
 */
export function matchDocument(
  predicted: readonly string[],
  gold: readonly GoldSpan[],
): DocumentMatch {
  const correct = predicted.filter((q) => gold.some((g) => overlaps(q, g.text))).length
  const pairs: { gold: number; quote: number; score: number }[] = []
  gold.forEach((g, i) => {
    if (g.recall) {
      predicted.forEach((q, j) => {
        const score = overlapScore(q, g.text)
        if (score > 0) {
          pairs.push({ gold: i, quote: j, score })
        }
      })
    }
  })
  // Stable: of equal scores the earlier gold attribution, then the earlier quote, goes first.
  pairs.sort((a, b) => b.score - a.score)
  const matches: (number | null)[] = gold.map(() => null)
  const taken = new Set<number>()
  for (const pair of pairs) {
    if (matches[pair.gold] === null && !taken.has(pair.quote)) {
      matches[pair.gold] = pair.quote
      taken.add(pair.quote)
    }
  }
  return {
    predicted: predicted.length,
    correct,
    gold: gold.filter((g) => g.recall).length,
    matches,
  }
}

/** Precision, recall and F1 over a set of matched documents. */
export function prf(documents: readonly DocumentMatch[]): {
  precision: number
  recall: number
  f1: number
} {
  let predicted = 0
  let correct = 0
  let gold = 0
  let found = 0
  for (const d of documents) {
    predicted += d.predicted
    correct += d.correct
    gold += d.gold
    found += d.matches.filter((m) => m !== null).length
  }
  const precision = predicted ? correct / predicted : 0
  const recall = gold ? found / gold : 0
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0
  return { precision, recall, f1 }
}

/** A share as "0.875 (7/8)". */
export function share(right: number, total: number): string {
  return `${(total ? right / total : 0).toFixed(3)} (${right}/${total})`
}
