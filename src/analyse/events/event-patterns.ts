/**
 * Trigger patterns for event coding: a regex for the verb or noun and the CAMEO code it gives.
 * Order matters: the first pattern that matches a stretch of text wins, so specific patterns
 * ("sell weapons") come before general ones ("sell"). The event issue grows this to every root.
 */
export interface EventPattern {
  code: string
  trigger: RegExp
}

export const EVENT_PATTERNS: readonly EventPattern[] = [
  {
    code: '062',
    trigger:
      /\b(?:sell|sells|selling|sold|supply|supplies|supplied|supplying|deliver|delivers|delivered|buy|buys|bought|purchase|purchases|purchased|acquire|acquired)\s+(?:\w+\s+){0,3}?(?:weapons|arms|weaponry|missiles|howitzers|drones|air defen[cs]e systems|military equipment|rocket launchers)\b/i,
  },
  {
    code: '020',
    trigger:
      /\b(?:urged|urges|to\s+urge|called\s+on|calls\s+on|to\s+call\s+on|called\s+upon|appealed\s+to|appeals\s+to)\b/i,
  },
  { code: '100', trigger: /\b(?:demanded|demands)\b/i },
  { code: '138', trigger: /\bthreatened\s+(?:to\s+)?(?:use\s+)?(?:military\s+)?force\b/i },
  { code: '130', trigger: /\b(?:threatened|threatens)\b/i },
  { code: '112', trigger: /\b(?:accused|accuses|blamed|blames)\b/i },
  {
    code: '111',
    trigger: /\b(?:condemned|condemns|criticised|criticized|criticises|criticizes|denounced)\b/i,
  },
  { code: '120', trigger: /\b(?:rejected|rejects|dismissed|dismisses|refuted)\b/i },
  {
    code: '057',
    trigger:
      /\b(?:signed|signs|initialled|initialed)\s+(?:\w+\s+){0,3}?(?:agreement|statement|declaration|treaty|deal|memorandum|accord)\b/i,
  },
  { code: '046', trigger: /\b(?:negotiations|peace talks|held talks|hold talks)\b/i },
  { code: '042', trigger: /\b(?:visited|visits|arrived in|paid a visit)\b/i },
  {
    code: '040',
    trigger:
      /\b(?:met|meets|meeting with|held (?:a |its )?(?:\w+[’']?s?\s+){0,3}?(?:session|summit|meeting))\b/i,
  },
  { code: '163', trigger: /\b(?:imposed|imposes|impose)\s+(?:\w+\s+){0,2}?sanctions\b/i },
  {
    code: '161',
    trigger:
      /\b(?:froze|freezes|frozen|suspended|suspends)\s+(?:its\s+)?(?:participation|membership|accession talks|talks)\b/i,
  },
  {
    code: '141',
    trigger: /\b(?:protested|protesters|demonstrators|rallied|took to the streets)\b/i,
  },
  { code: '173', trigger: /\b(?:arrested|detained|charged(?!\s+that))\b/i },
  { code: '191', trigger: /\b(?:blockade|blocked the|blockaded)\b/i },
  { code: '196', trigger: /\bviolat(?:ed|ing|ion of) the ceasefire\b/i },
  { code: '194', trigger: /\b(?:shelled|shelling|artillery fire)\b/i },
  {
    code: '190',
    trigger: /\b(?:attacked|attacks on|clashes|clashed|offensive|military operation|fighting)\b/i,
  },
]

/** Words before a trigger that say the event did not or may not happen. */
export const NEGATION_BEFORE =
  /\b(?:not|never|no|refused to|refuses to|failed to|did not|does not|didn't|won't|cannot|can't)\s+(?:\w+\s+){0,2}$/i
export const MODALITY_BEFORE =
  /\b(?:may|might|can|could|would|will|should|plans? to|intends? to|threatened to|ready to|possible|possibility)\s+(?:\w+\s+){0,2}$/i
