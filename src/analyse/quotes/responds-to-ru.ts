/** Whose words, in any case: "Алиева", "МИД Армении", "Никола Пашиняна". */
const WHOSE = String.raw`((?:[\p{Lu}][\p{L}-]*\s+){0,3}[\p{Lu}][\p{L}-]*)`
/** What a reply answers: "заявление", "слова", "обвинения", "критику", in any case. */
const OBJECTS = String.raw`(?:заявлени[\p{L}]*|слова(?:м)?|высказывани[\p{L}]*|обвинени[\p{L}]*|критик[\p{L}]*|претензи[\p{L}]*|предложени[\p{L}]*|упрёк[\p{L}]*|упрек[\p{L}]*|призыв[\p{L}]*)`
const RESPONSE_MARKERS = [
  new RegExp(
    String.raw`(?<![\p{L}])(?:ответил[\p{L}]*|ответив|отреагировал[\p{L}]*|отреагировав|в\s+ответ)\s+на\s+(?:[\p{Ll}]+\s+){0,2}${OBJECTS}\s+${WHOSE}`,
    'u',
  ),
  new RegExp(
    String.raw`(?<![\p{L}])(?:отверг[\p{L}]*|отвергнув|опроверг[\p{L}]*|опровергнув|отклонил[\p{L}]*|отклонив)\s+(?:[\p{Ll}]+\s+){0,2}${OBJECTS}\s+${WHOSE}`,
    'u',
  ),
]

/**
 * The name of the speaker a Russian sentence says it answers: "ответил на заявление Алиева",
 * "в ответ на критику МИД Армении", "отверг обвинения Баку". Null when it marks no response.
 */
export function readRespondsToRu(sentence: string): string | null {
  for (const marker of RESPONSE_MARKERS) {
    const match = marker.exec(sentence)
    if (match?.[1]) {
      return match[1].trim()
    }
  }
  return null
}
