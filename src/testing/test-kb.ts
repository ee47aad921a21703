import { KnowledgeBase } from '../kb/knowledge-base.ts'
import type { KbEntry } from '../kb/kb-types.ts'

/** A small knowledge base for unit tests: the actors of the seed story, nothing more. */
export const TEST_KB_ENTRIES: KbEntry[] = [
  {
    id: 'ARM',
    name: 'Armenia',
    kind: 'country',
    aliases: [],
    cameo: 'ARM',
    demonyms: ['Armenian', 'Armenians'],
    capital: 'Yerevan',
  },
  {
    id: 'AZE',
    name: 'Azerbaijan',
    kind: 'country',
    aliases: [],
    cameo: 'AZE',
    demonyms: ['Azerbaijani'],
    capital: 'Baku',
  },
  {
    id: 'RUS',
    name: 'Russia',
    kind: 'country',
    aliases: ['Russian Federation'],
    cameo: 'RUS',
    demonyms: ['Russian'],
    capital: 'Moscow',
  },
  {
    id: 'KGZ',
    name: 'Kyrgyzstan',
    kind: 'country',
    aliases: [],
    cameo: 'KGZ',
    demonyms: ['Kyrgyz'],
    capital: 'Bishkek',
  },
  {
    id: 'CSTO',
    name: 'Collective Security Treaty Organization',
    kind: 'organization',
    aliases: ['CSTO'],
    cameo: 'IGOCSTO',
  },
  {
    id: 'AZE-MFA',
    name: 'Ministry of Foreign Affairs of Azerbaijan',
    kind: 'institution',
    country: 'AZE',
    aliases: ["Azerbaijan's Ministry of Foreign Affairs", 'Azerbaijani Foreign Ministry'],
    cameo: 'AZEGOV',
  },
  {
    id: 'ARM-MFA',
    name: 'Ministry of Foreign Affairs of Armenia',
    kind: 'institution',
    country: 'ARM',
    aliases: ['Armenian Foreign Ministry'],
    cameo: 'ARMGOV',
  },
  {
    id: 'nikol-pashinyan',
    name: 'Nikol Pashinyan',
    kind: 'person',
    country: 'ARM',
    cameo: 'ARMGOV',
    aliases: ['Pashinyan', 'N. Pashinyan', 'Pashinian'],
    roles: [{ title: 'Prime Minister of Armenia', org: 'ARM-GOV', from: '2018-05-08', to: null }],
  },
  {
    id: 'leyla-abdullayeva',
    name: 'Leyla Abdullayeva',
    kind: 'person',
    country: 'AZE',
    cameo: 'AZEGOV',
    aliases: ['Abdullayeva'],
    roles: [
      {
        title: 'Spokesperson of the Ministry of Foreign Affairs',
        org: 'AZE-MFA',
        from: '2018',
        to: '2022',
      },
    ],
  },
  {
    id: 'yuri-borisov',
    name: 'Yuri Borisov',
    kind: 'person',
    country: 'RUS',
    cameo: 'RUSGOV',
    aliases: ['Borisov'],
    roles: [
      {
        title: 'Deputy Prime Minister of Russia',
        org: 'RUS-GOV',
        from: '2018-05-18',
        to: '2022-07-15',
      },
    ],
  },
]

/** A fresh test knowledge base. */
export function testKb(): KnowledgeBase {
  return new KnowledgeBase(TEST_KB_ENTRIES)
}

/**
 * A story in the shape of the seed page, written for the tests: a session, an appeal with a
 * direct quote closed by a mismatched mark, an answer from the other side, a recalled exchange
 * with a citation of earlier coverage.
 */
export const SEED_LIKE_STORY = [
  'On 28 November, the Collective Security Treaty Organization (CSTO) held a session of its council in Bishkek, where the Belarusian official Stanislav Zas was chosen as secretary general.',
  'Armenian Prime Minister Nikol Pashinyan called on CSTO members not to sell weapons to Azerbaijan. He also said that Baku’s stance endangers the whole region. “A new escalation would have grave consequences far beyond the South Caucasus,“ he said.',
  'The spokesperson of Azerbaijan’s Ministry of Foreign Affairs Leyla Abdullayeva responded to Pashinyan’s statement, saying that the CSTO has nothing to do with the conflict. “It is N. Pashinyan himself who undermines the negotiations with such rhetoric,“ she said.',
  'On 12 September, Russian Deputy Prime Minister Yuri Borisov spoke about a possible observer status for Azerbaijan. The Armenian Foreign Ministry responded that Azerbaijan would first need diplomatic relations with every member state (Caucasus Watch reported).',
].join('\n\n')
