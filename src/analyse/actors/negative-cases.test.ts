/**
 * Negative cases: text that looks like an actor's name and is not (chrono's negative_cases).
 * Each case names what must NOT happen; a few also check what should happen instead.
 */
import { describe, expect, it } from 'vitest'
import { actorOf, mentionsOf } from '../../testing/resolve-actors.ts'

function actorsIn(text: string, published = '2022-01-01'): (string | null)[] {
  return mentionsOf(text, published).mentions.map((m) => m.actor)
}

describe('negative cases: actors', () => {
  it('"Georgia" the US state is not the country', () => {
    expect(actorsIn('Protests were held in Atlanta, Georgia on Sunday.')).not.toContain('GEO')
    expect(actorsIn('The state of Georgia certified its votes.')).not.toContain('GEO')
    expect(actorsIn('Georgia, USA, is known for peaches.')).not.toContain('GEO')
    expect(actorsIn('The Georgia Senate passed the bill.')).not.toContain('GEO')
    // …while the country still resolves next to its own context.
    expect(actorsIn('Georgia recalled its ambassador from Moscow.')).toContain('GEO')
  })

  it('"the Armenian diaspora" and other peoples are not the state or its government', () => {
    const actors = actorsIn(
      'The Armenian diaspora in France rallied. Ethnic Armenians fled, and the Armenian community in Moscow protested.',
    )
    expect(actors).not.toContain('ARM')
    expect(actors).not.toContain('ARM-GOV')
    expect(actorsIn('The Azerbaijani people voted.')).not.toContain('AZE')
  })

  it('a street, an airport, a prize or a foundation named after a person is not the person', () => {
    const actors = actorsIn(
      'Crowds gathered on Heydar Aliyev Avenue near the Heydar Aliyev Foundation. The Aliyev Prize was awarded, and flights left Heydar Aliyev International Airport.',
    )
    expect(actors).not.toContain('heydar-aliyev')
    expect(actors).not.toContain('ilham-aliyev')
  })

  it('a person named after a shared surname is not the KB person of that surname', () => {
    const { mentions } = mentionsOf(
      'Shavarsh Kocharyan told lawmakers the bid would fail.',
      '2019-09-13',
    )
    expect(mentions.map((m) => m.actor)).not.toContain('robert-kocharyan')
  })

  it('a name inside a quoted title is not a mention', () => {
    const actors = actorsIn(
      'The documentary “Pashinyan and the Velvet Revolution” opened in Yerevan.',
    )
    expect(actors).not.toContain('nikol-pashinyan')
    // A real quote with the same name still counts.
    expect(actorsIn('He said “Pashinyan must resign now” at the rally.')).toContain(
      'nikol-pashinyan',
    )
  })

  it('"Security Council" is not the UN body when the context is national', () => {
    const { mentions } = mentionsOf(
      "Armenia's Security Council met on Tuesday. The Security Council decided to ask for help.",
      '2022-09-13',
    )
    expect(mentions.map((m) => m.actor)).not.toContain('UNSC')
    // No national and no UN context: left unresolved rather than guessed.
    expect(actorsIn('The Security Council decided to meet again.')).not.toContain('UNSC')
    // "…of Belarus": that country's, never the UN's.
    expect(actorsIn('He was state secretary of the Security Council of Belarus.')).not.toContain(
      'UNSC',
    )
  })

  it('a body named after a role noun is not a provisional person', () => {
    const { mentions } = mentionsOf(
      'Giorgi Kalandarishvili, chairman of the Central Election Commission, spoke.',
      '2024-12-14',
    )
    expect(actorOf(mentions, 'Central Election Commission')).toBeUndefined()
  })

  it('a weekday or month before a surname is not a given name', () => {
    const { mentions } = mentionsOf(
      'Arayik Harutyunyan spoke. Earlier on Monday Harutyunyan had visited the front.',
      '2020-11-09',
    )
    expect(mentions.map((m) => m.actor)).toEqual(['arayik-harutyunyan', 'arayik-harutyunyan'])
  })
})
