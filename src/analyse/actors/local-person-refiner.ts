import { ofKind, type Annotation } from '../annotation.ts'
import type { ExtractContext, Refiner } from '../pipeline.ts'

/** Id prefix of people the article introduces but the knowledge base does not know. */
export const LOCAL_ACTOR_PREFIX = 'local:'

/**
 * Gives each unknown person found by role a local actor id (`local:stanislav-zas`), then links
 * later mentions of the same surname ("Zas said") to it.
 */
export class LocalPersonRefiner implements Refiner {
  readonly name = 'actors/local-person'

  refine(context: ExtractContext, annotations: readonly Annotation[]): Annotation[] {
    const { body } = context.document
    const bySurname = new Map<string, string>()
    const out: Annotation[] = annotations.map((a) => {
      if (a.kind !== 'actor' || a.value.actor !== null) {
        return a
      }
      const id = LOCAL_ACTOR_PREFIX + slug(a.text)
      bySurname.set(a.text.split(/\s+/).pop() ?? a.text, id)
      return { ...a, value: { ...a.value, actor: id }, tags: [...a.tags, `refiner/${this.name}`] }
    })
    const taken = ofKind(out, 'actor')
    for (const [surname, id] of bySurname) {
      for (const match of body.matchAll(new RegExp(`\\b${escape(surname)}\\b`, 'gu'))) {
        const start = match.index
        const end = start + surname.length
        if (taken.some((a) => start < a.end && a.start < end)) {
          continue
        }
        out.push({
          kind: 'actor',
          start,
          end,
          text: surname,
          value: { actor: id, role: null },
          certainty: 'inferred',
          tags: [`refiner/${this.name}`],
        })
      }
    }
    return out
  }
}

/** A lower-case, hyphenated id from a name. */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
