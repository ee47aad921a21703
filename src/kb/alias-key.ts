/** Words as the gazetteer counts them (kb-gazetteer-extractor's WORD, lower-cased). */
export const SURFACE_WORD = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu

/** Case, spacing and apostrophe style do not distinguish names: ’ and ' are one. */
export function aliasKey(surface: string): string {
  const lower = surface.toLowerCase()
  // The hot path (the gazetteer calls this for every candidate span) skips the rewrites when
  // there is nothing to rewrite.
  return UNUSUAL_SPACING_OR_QUOTE.test(lower)
    ? lower.trim().replace(/\s+/g, ' ').replace(/[’ʼ`]/g, "'")
    : lower
}

const UNUSUAL_SPACING_OR_QUOTE = /[’ʼ`\t\n\r]|\s\s|^\s|\s$/
