import { ofKind, type ActorAnnotation, type Annotation } from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'

/** The staff of an office-holder, which speaks for the body they head. */
const OFFICE_NOUN = String.raw`(?:press\s+)?office|administration|press\s+service|chancellery|secretariat`
/** After the person's name: "Pashinyan's office". */
const OFFICE_AFTER = new RegExp(String.raw`^['’]s\s+(${OFFICE_NOUN})\b`, 'iu')

/**
 * Marks "Pashinyan's office", "Aliyev's administration" or "Putin's press service" as the body
 * the person heads on the article's date (the `org` of their role in the knowledge base): what
 * the office says is the institution's word, not the person's. The person's own mention stays;
 * the office is a mention of its own over the noun, tagged so that a speaker phrase ending on
 * it is read as the body.
 */
export class PersonOfficeRefiner implements Refiner {
  readonly name = 'actors/person-office'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const { body, published } = context.document
    const added: ActorAnnotation[] = []
    for (const mention of ofKind(annotations, 'actor')) {
      const id = mention.value.actor
      const office = OFFICE_AFTER.exec(body.slice(mention.end, mention.end + 40))
      if (!office || !id) {
        continue
      }
      const org = officeOf(context, id, published)
      if (!org) {
        continue
      }
      const start = mention.end + office[0].length - office[1]!.length
      added.push({
        kind: 'actor',
        start,
        end: mention.end + office[0].length,
        text: office[1]!,
        value: { actor: org, role: null },
        certainty: 'inferred',
        tags: [`refiner/${this.name}`],
      })
    }
    return added.length > 0 ? [...annotations, ...added] : [...annotations]
  }
}

/** The institution a person heads on `date` (`YYYY-MM-DD`), if the knowledge base says. */
export function officeOf(
  context: ExtractContext,
  person: string,
  date: string | null,
): string | null {
  if (context.kb.get(person)?.kind !== 'person') {
    return null
  }
  return (
    context.kb
      .rolesOn(person, date)
      .map((role) => (role.org ? context.kb.get(role.org) : undefined))
      .find((entry) => entry?.kind === 'institution' && !context.kb.isParty(entry.id))?.id ?? null
  )
}

/** "His office", "her press service": the staff of the person last named. */
export const OFFICE_ANAPHOR = new RegExp(String.raw`^(?:his|her)\s+(?:${OFFICE_NOUN})$`, 'iu')

/** Whether a mention is the office of the person named just before it. */
export const isPersonOffice = (mention: ActorAnnotation): boolean =>
  mention.tags.includes('refiner/actors/person-office')
