import { describe, expect, it } from 'vitest'
import { actorOf, mentionsOf } from '../../testing/resolve-actors.ts'

describe('actor resolution: names', () => {
  it('resolves full names, transliterations, initials and surnames', () => {
    const { mentions } = mentionsOf(
      'Nikol Pashinian met Ilham Aliev. N. Pashinyan then spoke; Aliyev listened.',
      '2021-05-14',
    )
    expect(mentions).toEqual([
      { text: 'Nikol Pashinian', actor: 'nikol-pashinyan' },
      { text: 'Ilham Aliev', actor: 'ilham-aliyev' },
      { text: 'N. Pashinyan', actor: 'nikol-pashinyan' },
      { text: 'Aliyev', actor: 'ilham-aliyev' },
    ])
  })

  it('generates initials for people whose pack lists none', () => {
    const { mentions } = mentionsOf('A. Asadov spoke in Baku on Monday.', '2019-11-29')
    expect(actorOf(mentions, 'A. Asadov')).toBe('ali-asadov')
  })

  it('resolves a shared surname to the person the article named earlier', () => {
    const text =
      'Armen Grigoryan, secretary of the Security Council, said talks would go on. Grigoryan added that nothing was agreed.'
    const { mentions } = mentionsOf(text, '2022-09-15')
    expect(actorOf(mentions, 'Armen Grigoryan')).toBe('armen-grigoryan')
    expect(actorOf(mentions, 'Grigoryan')).toBe('armen-grigoryan')
  })

  it('keeps role plus name, and the role as the article words it', () => {
    const { analysed } = mentionsOf(
      'Deputy Prime Minister of Russia Yuri Borisov said Azerbaijan could become an observer.',
      '2019-09-13',
    )
    expect(analysed.record.actors).toContainEqual(
      expect.objectContaining({
        id: 'yuri-borisov',
        role: 'Deputy Prime Minister of Russia',
        country: 'RUS',
      }),
    )
  })
})

describe('actor resolution: roles without a name', () => {
  it('resolves "the Armenian Prime Minister" to the holder on the article date', () => {
    const text = 'The Armenian Prime Minister said the talks had failed.'
    expect(actorOf(mentionsOf(text, '2019-11-29').mentions, 'Armenian Prime Minister')).toBe(
      'nikol-pashinyan',
    )
    expect(actorOf(mentionsOf(text, '2017-03-01').mentions, 'Armenian Prime Minister')).toBe(
      'karen-karapetyan',
    )
  })

  it('resolves foreign ministers by date, in several wordings', () => {
    const text = "Azerbaijan's foreign minister replied."
    expect(actorOf(mentionsOf(text, '2019-11-29').mentions, "Azerbaijan's foreign minister")).toBe(
      'elmar-mammadyarov',
    )
    expect(actorOf(mentionsOf(text, '2021-01-10').mentions, "Azerbaijan's foreign minister")).toBe(
      'jeyhun-bayramov',
    )
    const { mentions } = mentionsOf('The Secretary General of the CSTO arrived.', '2021-03-01')
    expect(actorOf(mentions, 'Secretary General of the CSTO')).toBe('stanislav-zas')
  })

  it('leaves qualified offices alone: a deputy or a former holder is not the holder', () => {
    const { mentions } = mentionsOf(
      'A former Armenian defence minister visited the area.',
      '2021-11-17',
    )
    expect(mentions.map((m) => m.actor)).not.toContain('suren-papikyan')
  })
})

describe('actor resolution: institutions and collectives', () => {
  it('resolves generated institution phrases', () => {
    const { mentions } = mentionsOf(
      "Azerbaijan's Ministry of Foreign Affairs, the Armenian Foreign Ministry, Baku's MFA, the Ministry of Defence of Armenia and Georgia's Interior Ministry all spoke.",
      '2022-01-01',
    )
    expect(mentions).toEqual(
      expect.arrayContaining([
        { text: "Azerbaijan's Ministry of Foreign Affairs", actor: 'AZE-MFA' },
        { text: 'the Armenian Foreign Ministry', actor: 'ARM-MFA' },
        { text: "Baku's MFA", actor: 'AZE-MFA' },
        { text: 'Ministry of Defence of Armenia', actor: 'ARM-MOD' },
        { text: "Georgia's Interior Ministry", actor: 'GEO-MIA' },
      ]),
    )
  })

  it('resolves collectives to the government', () => {
    const { mentions } = mentionsOf(
      'The Armenian side rejected the plan. Azerbaijani authorities and official Baku disagreed.',
      '2022-01-01',
    )
    expect(actorOf(mentions, 'Armenian side')).toBe('ARM-GOV')
    expect(actorOf(mentions, 'Azerbaijani authorities')).toBe('AZE-GOV')
    expect(actorOf(mentions, 'official Baku')).toBe('AZE-GOV')
  })

  it('resolves a bare "Security Council" by the country in context', () => {
    const text =
      "Armenia's Security Council met on Monday. The Security Council decided to seek help."
    const { mentions } = mentionsOf(text, '2021-05-14')
    expect(mentions.filter((m) => m.text === 'Security Council').map((m) => m.actor)).toEqual([
      'ARM-SC',
    ])
    const un = mentionsOf('The UN met in New York. The Security Council voted.', '2021-05-14')
    expect(actorOf(un.mentions, 'Security Council')).toBe('UNSC')
  })

  it('resolves a bare ministry by the country most of the article is about', () => {
    const text =
      'President Salome Zourabichvili said she would stay. Prime Minister Irakli Kobakhidze replied that she would leave.\n\nThird night\n\nProtests continued for a third night. The Interior Ministry said 107 people had been detained.'
    expect(actorOf(mentionsOf(text, '2024-12-01').mentions, 'Interior Ministry')).toBe('GEO-MIA')
    // Two countries in equal measure: no country to guess.
    const shared =
      'Nikol Pashinyan met Ilham Aliyev.\n\nTalks\n\nThe Foreign Ministry said the talks went well.'
    expect(actorOf(mentionsOf(shared, '2024-12-01').mentions, 'Foreign Ministry')).toBeUndefined()
  })

  it('reads a capital as its government where its words or officials are meant', () => {
    const cases: [string, string][] = [
      ["Baku called Yerevan's charge that it had organised the blockade hypocritical.", 'Yerevan'],
      ['The border was crossed near Sev Lich, according to Yerevan.', 'Yerevan'],
      ['Officials in Yerevan say the troops advanced.', 'Yerevan'],
    ]
    for (const [text, capital] of cases) {
      expect(actorOf(mentionsOf(text, '2022-12-14').mentions, capital), text).toBe('ARM')
    }
    expect(
      actorOf(mentionsOf('Talks were held in Yerevan.', '2022-12-14').mentions, 'Yerevan'),
    ).toBeUndefined()
    expect(
      actorOf(mentionsOf("Yerevan's streets were quiet.", '2022-12-14').mentions, 'Yerevan'),
    ).toBeUndefined()
  })

  it("marks a person's office as the body they head on the date", () => {
    const { mentions, analysed } = mentionsOf(
      "Prime Minister Nikol Pashinyan's office said Baku had handed over no evidence.",
      '2025-03-20',
    )
    expect(actorOf(mentions, 'Nikol Pashinyan')).toBe('nikol-pashinyan')
    expect(actorOf(mentions, 'office')).toBe('ARM-GOV')
    expect(analysed.record.quotes[0]?.speaker.actor).toBe('ARM-GOV')
    // A spokeswoman is a person of her own, not the office.
    const spokeswoman = mentionsOf("Pashinyan's spokeswoman said so.", '2025-03-20')
    expect(actorOf(spokeswoman.mentions, 'spokeswoman')).toBeUndefined()
  })

  it('resolves capitals used for governments, and pronoun-led speakers to the person', () => {
    const { analysed } = mentionsOf(
      'Moscow warned against escalation. Armenian Prime Minister Nikol Pashinyan spoke next. “We want a lasting peace with all of our neighbours in the region,” he said.',
      '2021-05-14',
    )
    expect(analysed.record.mentions[0]).toMatchObject({ text: 'Moscow', actor: 'RUS' })
    expect(analysed.record.quotes[0]?.speaker.actor).toBe('nikol-pashinyan')
  })
})

describe('provisional actors', () => {
  it('keeps a person the KB does not know, with the stated role and the country of the demonym', () => {
    const { analysed } = mentionsOf(
      'The Belorussian official Stanislav Zaq was chosen. Zaq said he was honoured.',
      '2019-11-29',
    )
    expect(analysed.record.actors).toContainEqual({
      id: 'local:stanislav-zaq',
      name: 'Stanislav Zaq',
      kind: 'person',
      country: 'BLR',
      cameo: null,
      role: 'Belorussian official',
    })
    expect(actorOf(analysed.record.mentions, 'Zaq')).toBe('local:stanislav-zaq')
  })

  it('introduces a person by a role written after the name', () => {
    const { mentions } = mentionsOf(
      'Giorgi Kalandarishvili, chairman of the Central Election Commission, announced the result.',
      '2024-12-14',
    )
    expect(actorOf(mentions, 'Giorgi Kalandarishvili')).toBe('local:giorgi-kalandarishvili')
    expect(mentions.map((m) => m.actor)).not.toContain('local:central-election-commission')
  })
})
