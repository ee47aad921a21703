import type { RoleChange } from '../../kb/role-change.ts'
import { ofKind, type Annotation } from '../annotation.ts'
import type { ExtractContext } from '../pipeline.ts'
import { spanAt } from '../text.ts'
import { cleanRole, ROLE_ALTERNATION } from './roles.ts'

const START = 'elected|re-elected|appointed|named|confirmed|chosen|sworn in|installed'
const END = 'resigned|stepped down|dismissed|sacked|fired|removed|relieved of (?:his|her) duties'
/** After a person: "…, state secretary of …, was elected secretary general" / "resigned as …". */
const AFTER_PERSON = new RegExp(
  `^(?:,[^,.;]{0,120},)?\\s+(?:(?:was|has been|had been|is|were)\\s+)?(${START}|${END})\\b(?:\\s+(?:as|to the post of|to the position of|the new|to be))?(\\s+(?:the\\s+)?(?:new\\s+)?(?:[\\p{L}’']+['’]s\\s+)?(?:new\\s+)?(?:(?:deputy|first|vice)\\s+)?(?:${ROLE_ALTERNATION})(?:\\s+(?:of|for)\\s+[^,.;]{2,60}?)?)?(?=[,.;]|\\s+(?:on|in|at|after|from|by|for|until|with|and|following)\\b|$)`,
  'iu',
)
/** Before a person: "Pashinyan appointed | dismissed", then the office after the name. */
const BEFORE_PERSON = new RegExp(`\\b(${START}|${END})\\s+(?:\\p{Lu}[\\p{L}-]+['’]s\\s+)?$`, 'iu')
const OFFICE_AFTER = new RegExp(
  `^(?:,[^,.;]{0,120},|\\s+of\\s+\\p{Lu}[\\p{L}-]+)?\\s+as\\s+(?:the\\s+)?(?:new\\s+|next\\s+)?(?:[\\p{L}’']+['’]s\\s+)?(?:new\\s+)?((?:(?:deputy|first|vice)\\s+)?(?:${ROLE_ALTERNATION})(?:\\s+(?:of|for)\\s+[^,.;]{2,60}?)?)(?=[,.;]|\\s|$)`,
  'iu',
)

/**
 * Finds reported changes of office: "Stanislav Zas … was confirmed as the bloc's new secretary
 * general", "Pashinyan appointed Ararat Mirzoyan as foreign minister", "Zourabichvili refused to
 * resign" (negated: skipped), "X resigned", "Y was dismissed". Each becomes a proposal for the
 * knowledge base, not a fact: a person accepts or rejects it.
 */
export function detectRoleChanges(
  context: ExtractContext,
  annotations: readonly Annotation[],
): RoleChange[] {
  const { body, published } = context.document
  const out: RoleChange[] = []
  const mentions = ofKind(annotations, 'actor')
  for (const mention of mentions) {
    const id = mention.value.actor
    const entry = id ? context.kb.get(id) : undefined
    if (!id || !(entry?.kind === 'person' || id.startsWith('local:'))) {
      continue
    }
    const sentence = spanAt(context.sentences, mention.start)
    if (!sentence) {
      continue
    }
    const after = AFTER_PERSON.exec(body.slice(mention.end, sentence.end))
    const lead = body.slice(sentence.start, mention.start)
    const before = BEFORE_PERSON.exec(lead)
    const verb = after?.[1] ?? before?.[1]
    if (!verb || (!after && before && NEGATED.test(lead.slice(0, before.index)))) {
      continue
    }
    const office = after ? after[2] : OFFICE_AFTER.exec(body.slice(mention.end, sentence.end))?.[1]
    const title = office ? titleCase(cleanRole(office.replace(/^.*['’]s\s+/, ''))) : null
    const change = new RegExp(`^(?:${START})$`, 'i').test(verb) ? 'start' : 'end'
    if (change === 'start' && !title) {
      continue
    }
    const org = orgOf(context, mentions, office ?? '', sentence, mention.start)
    out.push({
      person: id,
      personName: entry?.name ?? mention.text,
      change,
      verb: verb.toLowerCase(),
      title,
      org,
      country: mention.value.country ?? entry?.country ?? null,
      date: published,
      evidence: { text: body.slice(sentence.start, sentence.end), ...sentence },
    })
  }
  return out
}

const NEGATED =
  /\b(?:refused|refuses|declined|not|never|denied|would|will|could|may|might|to)\s+(?:be\s+)?$/i

function orgOf(
  context: ExtractContext,
  mentions: ReturnType<typeof ofKind<'actor'>>,
  office: string,
  sentence: { start: number; end: number },
  at: number,
): string | null {
  const of = /\s(?:of|for)\s+(?:the\s+)?(.+)$/.exec(office)?.[1]
  const named = of ? context.kb.lookup(of)[0]?.actor : undefined
  if (named) {
    return named
  }
  // The nearest organisation or institution named in the sentence.
  let best: { id: string; distance: number } | null = null
  for (const m of mentions) {
    const kind = m.value.actor ? context.kb.get(m.value.actor)?.kind : undefined
    if (
      m.start >= sentence.start &&
      m.end <= sentence.end &&
      (kind === 'organization' || kind === 'institution')
    ) {
      const distance = Math.abs(m.start - at)
      if (!best || distance < best.distance) {
        best = { id: m.value.actor!, distance }
      }
    }
  }
  // Else the organisation the article last named, within the two paragraphs before.
  const earlier = mentions.filter(
    (m) =>
      m.end <= at &&
      at - m.end < 1500 &&
      context.kb.get(m.value.actor ?? '')?.kind === 'organization',
  )
  const id = best?.id ?? earlier.at(-1)?.value.actor ?? null
  // A council elects; the office belongs to the organisation ("CSTO-CSC" → the CSTO).
  return id ? (context.kb.get(id)?.parent ?? id) : null
}

function titleCase(role: string): string {
  return role
    .replace(/(^|\s)(\p{Ll})/gu, (_, space: string, c: string) => space + c.toUpperCase())
    .replace(/\s(Of|For|The|To)(?=\s)/g, (w) => w.toLowerCase())
}
