const WHOSE = String.raw`((?:[\p{Lu}][\p{L}.’'-]*\s+){0,4}[\p{Lu}][\p{L}-]*)(?:['’]s|['’])?`
const OBJECTS = String.raw`(?:statement|statements|remarks|comments|words|claims|accusations|allegations|criticism|speech|position|proposal|remark|call|appeal|threats?)`
const RESPONSE_MARKERS = [
  new RegExp(
    String.raw`\b(?:responded|responding|replied|replying|reacted|reacting|answered|answering)\s+to\s+(?:the\s+)?${WHOSE}\s+${OBJECTS}`,
    'u',
  ),
  new RegExp(
    String.raw`\bin\s+(?:a\s+)?(?:response|reply|reaction)\s+to\s+(?:the\s+)?${WHOSE}\s+${OBJECTS}`,
    'u',
  ),
  new RegExp(String.raw`\b(?:commenting|commented)\s+on\s+(?:the\s+)?${WHOSE}\s+${OBJECTS}`, 'u'),
  new RegExp(
    String.raw`\b(?:rejected|rejecting|dismissed|dismissing|refuted|refuting|denied|denying)\s+(?:the\s+)?${WHOSE}\s+${OBJECTS}`,
    'u',
  ),
  new RegExp(
    String.raw`\b(?:responded|responding|replied|replying|reacted|reacting)\s+to\s+${WHOSE}(?=[\s,.])`,
    'u',
  ),
]

/**
 * The name of the speaker a sentence says it answers: "responded to Pashinyan’ statement",
 * "in response to the Armenian Foreign Ministry's remarks", "dismissed Borrell's criticism".
 * Returns null when the sentence marks no response.
 */
export function readRespondsTo(sentence: string): string | null {
  for (const marker of RESPONSE_MARKERS) {
    const match = marker.exec(sentence)
    if (match?.[1]) {
      return match[1].trim()
    }
  }
  return null
}
