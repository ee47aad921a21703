/** Scripts that settle the language on their own. */
const SCRIPT_LANGUAGES: readonly [RegExp, string][] = [
  [/[\u0530-\u058F]/g, 'hy'],
  [/[\u10A0-\u10FF]/g, 'ka'],
  [/[\uAC00-\uD7AF]/g, 'ko'],
  [/[\u3040-\u30FF]/g, 'ja'],
  [/[\u4E00-\u9FFF]/g, 'zh'],
  [/[\u0600-\u06FF]/g, 'ar'],
  [/[\u0400-\u04FF]/g, 'ru'],
]

/** Frequent short words of Latin-script languages. */
const STOPWORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'was', 'with', 'said'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'den', 'sich', 'auf'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que'],
  es: ['el', 'la', 'los', 'y', 'que', 'del', 'las', 'por', 'una', 'para'],
  it: ['il', 'di', 'che', 'la', 'per', 'non', 'una', 'del', 'della', 'sono'],
  tr: ['ve', 'bir', 'bu', 'için', 'ile', 'da', 'de', 'olarak', 'çok', 'daha'],
  az: ['və', 'bir', 'bu', 'üçün', 'ilə', 'olan', 'edib', 'Azərbaycan', 'də', 'isə'],
}

/**
 * Guesses the ISO 639-1 language of a text from its script, then from stopwords. Returns
 * `und` when the text is too short to tell.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, 4000)
  const letters = sample.replace(/[^\p{L}]/gu, '').length
  if (letters < 20) {
    return 'und'
  }
  for (const [pattern, language] of SCRIPT_LANGUAGES) {
    const count = sample.match(pattern)?.length ?? 0
    if (count / letters > 0.3) {
      return language
    }
  }
  const words = sample.toLowerCase().split(/[^\p{L}]+/u)
  let best = 'und'
  let bestHits = 2
  for (const [language, list] of Object.entries(STOPWORDS)) {
    const set = new Set(list.map((word) => word.toLowerCase()))
    const hits = words.reduce((sum, word) => sum + (set.has(word) ? 1 : 0), 0)
    if (hits > bestHits) {
      best = language
      bestHits = hits
    }
  }
  return best
}
