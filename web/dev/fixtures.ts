/**
 * Fixture records for the mock API: one fully annotated article (from the design's example
 * page, clutter removed), a shorter related one, and synthetic filler so lists have pages; and
 * two watched sources, one healthy and one with a warning.
 * Offsets are computed by locating text in the body, so they are right by construction.
 * @module
 */

import type { Actor, ArticleRecord, BodySpan, Source } from '../src/api/types'

/** Knowledge-base actors the fixtures mention. */
export const ACTORS: Actor[] = [
  {
    id: 'nikol-pashinyan',
    name: 'Nikol Pashinyan',
    kind: 'person',
    country: 'ARM',
    cameo: 'ARMGOV',
    aliases: ['N. Pashinyan', 'Pashinyan'],
    roles: [
      { title: 'Prime Minister', org: 'Government of Armenia', from: '2018-05-08', to: null },
    ],
  },
  {
    id: 'leyla-abdullayeva',
    name: 'Leyla Abdullayeva',
    kind: 'person',
    country: 'AZE',
    cameo: 'AZEGOV',
    aliases: [],
    roles: [
      {
        title: 'Spokesperson',
        org: 'Ministry of Foreign Affairs of Azerbaijan',
        from: '2018-04-01',
        to: '2021-05-20',
      },
    ],
  },
  {
    id: 'stanislav-zas',
    name: 'Stanislav Zas',
    kind: 'person',
    country: 'BLR',
    cameo: 'BLRGOV',
    aliases: [],
    roles: [{ title: 'Secretary General', org: 'CSTO', from: '2020-01-01', to: '2022-12-31' }],
  },
  {
    id: 'yuri-borisov',
    name: 'Yuri Borisov',
    kind: 'person',
    country: 'RUS',
    cameo: 'RUSGOV',
    aliases: [],
    roles: [
      {
        title: 'Deputy Prime Minister',
        org: 'Government of Russia',
        from: '2018-05-18',
        to: '2022-07-15',
      },
    ],
  },
  {
    id: 'csto',
    name: 'Collective Security Treaty Organization',
    kind: 'organization',
    country: null,
    cameo: 'IGOCSTO',
    aliases: ['CSTO'],
    roles: [],
  },
  {
    id: 'armenia',
    name: 'Armenia',
    kind: 'country',
    country: 'ARM',
    cameo: 'ARM',
    aliases: [],
    roles: [],
  },
  {
    id: 'azerbaijan',
    name: 'Azerbaijan',
    kind: 'country',
    country: 'AZE',
    cameo: 'AZE',
    aliases: [],
    roles: [],
  },
  {
    id: 'aze-mfa',
    name: 'Ministry of Foreign Affairs of Azerbaijan',
    kind: 'institution',
    country: 'AZE',
    cameo: 'AZEGOV',
    aliases: ['Azerbaijan’s Ministry of Foreign Affairs'],
    roles: [],
  },
  {
    id: 'arm-mfa',
    name: 'Ministry of Foreign Affairs of Armenia',
    kind: 'institution',
    country: 'ARM',
    cameo: 'ARMGOV',
    aliases: ['Armenian Foreign Ministry'],
    roles: [],
  },
]

const CSTO_BODY = [
  'On 28 November, the Russian-led Collective Security Treaty Organization (CSTO) held its Security Council’s session in Bishkek where the Belorussian official Stanislav Zas was elected as the organization’s new secretary general.',
  'The Armenian Prime Minister Nikol Pashinyan called on the CSTO Member States to prevent the possible escalation of tensions and to not allow Azerbaijan’s newly weapons to go unquestioned. He also said that the position of the Azerbaijani leadership is dangerous not only for the South Caucasus but the CSTO countries as well. “I think the new escalation will leave disastrous consequences not only in the South Caucasian region but outside of it too. Being in war condition Azerbaijan may become a convenient trampoline for Islamist radicals who losing… influence in Syria [will] search for new territories for their activities,“ he said.',
  "The spokesperson of the Azerbaijan's Ministry of Foreign Affairs Leyla Abdullayeva responded to Pashinyan’ statement, saying that the CSTO has nothing to do with the Nagorno-Karabakh conflict. “In fact, the violator of negotiations [to solve the] Armenian-Azerbaijani conflict is N. Pashinyan himself with such kind of rhetoric speeches. Committing different provocations along the Armenian-Azerbaijani border, the Armenian side wants to involve Collective Security Treaty Organization in conflict with such provocative means. In case of need, Azerbaijan can buy new weapons from Russia. We would like to emphasize, this issue has no relation with [the] Armenian Prime Minister,“ she said.",
  'On 12 September, the Deputy Prime Minister of Russia Yuri Borisov commented about the possibility for Azerbaijan to get status of observer or partner in the CSTO. The Armenian Foreign Ministry responded that in order to gain that status, Azerbaijan must have diplomatic relations with all the member states of the CSTO (Caucasus Watch reported).',
].join('\n\n')

/** The span of the `nth` (0-based) occurrence of `text` in `body`; throws when it is missing. */
export function locate(body: string, text: string, nth = 0): BodySpan {
  let start = -1
  for (let i = 0; i <= nth; i++) {
    start = body.indexOf(text, start + 1)
    if (start < 0) {
      throw new Error(`fixtures: "${text}" (occurrence ${String(nth)}) is not in the body`)
    }
  }
  return { start, end: start + text.length }
}

/** The span from the start of `from` to the end of `to` (first occurrences after each other). */
function between(body: string, from: string, to: string): BodySpan {
  const start = locate(body, from).start
  const end = body.indexOf(to, start) + to.length
  if (end < to.length) {
    throw new Error(`fixtures: "${to}" does not follow "${from}"`)
  }
  return { start, end }
}

/** A mention of `text`, found inside the first occurrence of `context` (default: itself). */
function mention(body: string, text: string, actor: string | null, context = text) {
  const offset = context.indexOf(text)
  if (offset < 0) {
    throw new Error(`fixtures: "${text}" is not in "${context}"`)
  }
  const start = locate(body, context).start + offset
  return { text, actor, start, end: start + text.length }
}

const cstoQuote1 = between(CSTO_BODY, '“I think', 'activities,“')
const cstoQuote2 = between(CSTO_BODY, '“In fact', 'Prime Minister,“')
const cstoIndirect = between(CSTO_BODY, 'the position of the Azerbaijani', 'as well')

/** The design's example article, fully annotated. */
export const CSTO_ARTICLE: ArticleRecord = {
  schema: 'watchdesk.article/1',
  id: 'cw-2019-11-29-csto',
  url: 'https://www.caucasuswatch.de/news/2155.html',
  canonicalUrl: 'https://www.caucasuswatch.de/news/2155.html',
  source: { name: 'Caucasus Watch', domain: 'caucasuswatch.de' },
  title:
    'Pashinyan urges CSTO Member States not to sell weapons to Azerbaijan; Azerbaijan responds',
  byline: null,
  published: '2019-11-29',
  language: 'en',
  body: CSTO_BODY,
  actors: [
    { ...pick('nikol-pashinyan'), role: 'Prime Minister of Armenia' },
    {
      ...pick('leyla-abdullayeva'),
      role: 'Spokesperson, Ministry of Foreign Affairs of Azerbaijan',
    },
    { ...pick('stanislav-zas'), role: 'Secretary General of the CSTO' },
    { ...pick('yuri-borisov'), role: 'Deputy Prime Minister of Russia' },
    { ...pick('csto'), role: null },
    { ...pick('azerbaijan'), role: null },
    { ...pick('aze-mfa'), role: null },
    { ...pick('arm-mfa'), role: null },
  ],
  mentions: [
    mention(CSTO_BODY, 'Collective Security Treaty Organization', 'csto'),
    mention(CSTO_BODY, 'CSTO', 'csto'),
    mention(CSTO_BODY, 'Bishkek', null),
    mention(CSTO_BODY, 'Stanislav Zas', 'stanislav-zas'),
    mention(CSTO_BODY, 'Nikol Pashinyan', 'nikol-pashinyan'),
    mention(CSTO_BODY, 'CSTO', 'csto', 'called on the CSTO'),
    mention(CSTO_BODY, 'Azerbaijan', 'azerbaijan', 'Azerbaijan’s newly'),
    mention(CSTO_BODY, 'Azerbaijan', 'azerbaijan', 'Azerbaijan may become'),
    mention(CSTO_BODY, "Azerbaijan's Ministry of Foreign Affairs", 'aze-mfa'),
    // Nested inside the ministry's mention: rendered as a mark, not a second link.
    mention(CSTO_BODY, 'Azerbaijan', 'azerbaijan', "Azerbaijan's Ministry"),
    mention(CSTO_BODY, 'Leyla Abdullayeva', 'leyla-abdullayeva'),
    mention(CSTO_BODY, 'Pashinyan', 'nikol-pashinyan', 'Pashinyan’ statement'),
    mention(CSTO_BODY, 'N. Pashinyan', 'nikol-pashinyan'),
    mention(CSTO_BODY, 'Yuri Borisov', 'yuri-borisov'),
    mention(CSTO_BODY, 'Armenian Foreign Ministry', 'arm-mfa'),
  ],
  quotes: [
    {
      text: CSTO_BODY.slice(cstoIndirect.start, cstoIndirect.end),
      type: 'indirect',
      speaker: {
        name: 'Nikol Pashinyan',
        actor: 'nikol-pashinyan',
        role: 'Prime Minister of Armenia',
      },
      cue: 'said',
      ...cstoIndirect,
    },
    {
      text: CSTO_BODY.slice(cstoQuote1.start + 1, cstoQuote1.end - 1),
      type: 'direct',
      speaker: {
        name: 'Nikol Pashinyan',
        actor: 'nikol-pashinyan',
        role: 'Prime Minister of Armenia',
      },
      cue: 'said',
      ...cstoQuote1,
    },
    {
      text: CSTO_BODY.slice(cstoQuote2.start + 1, cstoQuote2.end - 1),
      type: 'direct',
      speaker: {
        name: 'Leyla Abdullayeva',
        actor: 'leyla-abdullayeva',
        role: 'Spokesperson, Ministry of Foreign Affairs of Azerbaijan',
      },
      cue: 'said',
      ...cstoQuote2,
    },
  ],
  statements: [
    {
      id: 's1',
      speaker: { name: 'Nikol Pashinyan', actor: 'nikol-pashinyan' },
      quotes: [0, 1],
      respondsTo: null,
    },
    {
      id: 's2',
      speaker: { name: 'Leyla Abdullayeva', actor: 'leyla-abdullayeva' },
      quotes: [2],
      respondsTo: {
        speaker: { name: 'Nikol Pashinyan', actor: 'nikol-pashinyan' },
        article: null,
        statement: 's1',
      },
    },
    {
      id: 's3',
      speaker: { name: 'Armenian Foreign Ministry', actor: 'arm-mfa' },
      quotes: [],
      respondsTo: {
        speaker: { name: 'Yuri Borisov', actor: 'yuri-borisov' },
        article: 'cw-2019-09-13-observer',
        statement: null,
      },
    },
  ],
  events: [
    {
      code: '046',
      root: '04',
      label: 'Engage in negotiation',
      plover: 'CONSULT',
      goldstein: 7,
      source: { actor: 'csto', name: 'CSTO', cameo: 'IGOCSTO' },
      target: null,
      date: '2019-11-28',
      location: { name: 'Bishkek', country: 'KGZ', lat: 42.87, lon: 74.59 },
      ...between(CSTO_BODY, 'held its Security', 'in Bishkek'),
    },
    {
      code: '020',
      root: '02',
      label: 'Make an appeal or request',
      plover: 'REQUEST',
      goldstein: 3,
      source: { actor: 'nikol-pashinyan', name: 'Nikol Pashinyan', cameo: 'ARMGOV' },
      target: { actor: 'csto', name: 'CSTO', cameo: 'IGOCSTO' },
      date: '2019-11-28',
      location: null,
      ...between(CSTO_BODY, 'called on the CSTO', 'escalation of tensions'),
    },
    {
      // Overlaps the start of the second direct quote on purpose.
      code: '111',
      root: '11',
      label: 'Criticize or denounce',
      plover: 'ACCUSE',
      goldstein: -2,
      source: {
        actor: 'aze-mfa',
        name: 'Ministry of Foreign Affairs of Azerbaijan',
        cameo: 'AZEGOV',
      },
      target: { actor: 'nikol-pashinyan', name: 'Nikol Pashinyan', cameo: 'ARMGOV' },
      date: '2019-11-29',
      location: null,
      ...between(CSTO_BODY, 'responded to Pashinyan', 'violator of negotiations'),
    },
  ],
  references: [
    {
      text: 'Caucasus Watch reported',
      publisher: 'Caucasus Watch',
      article: 'cw-2019-09-13-observer',
    },
  ],
  dates: [
    { text: '28 November', value: '2019-11-28', ...locate(CSTO_BODY, '28 November') },
    { text: '12 September', value: '2019-09-12', ...locate(CSTO_BODY, '12 September') },
  ],
}

const OBSERVER_BODY = [
  'On 12 September, the Deputy Prime Minister of Russia Yuri Borisov commented about the possibility for Azerbaijan to get status of observer or partner in the CSTO.',
  'The Armenian Foreign Ministry responded that in order to gain that status, Azerbaijan must have diplomatic relations with all the member states of the CSTO.',
].join('\n\n')

/** A shorter related article (the one the example cites). */
export const OBSERVER_ARTICLE: ArticleRecord = {
  schema: 'watchdesk.article/1',
  id: 'cw-2019-09-13-observer',
  url: null,
  canonicalUrl: null,
  source: { name: 'Caucasus Watch', domain: 'caucasuswatch.de' },
  title: 'Armenia sets conditions for Azerbaijan’s CSTO observer status',
  byline: 'Desk staff',
  published: '2019-09-13T09:30:00Z',
  language: 'en',
  body: OBSERVER_BODY,
  actors: [
    { ...pick('yuri-borisov'), role: 'Deputy Prime Minister of Russia' },
    { ...pick('arm-mfa'), role: null },
    { ...pick('azerbaijan'), role: null },
    { ...pick('csto'), role: null },
  ],
  mentions: [
    mention(OBSERVER_BODY, 'Yuri Borisov', 'yuri-borisov'),
    mention(OBSERVER_BODY, 'Azerbaijan', 'azerbaijan'),
    mention(OBSERVER_BODY, 'CSTO', 'csto'),
    mention(OBSERVER_BODY, 'Armenian Foreign Ministry', 'arm-mfa'),
    mention(OBSERVER_BODY, 'Azerbaijan', 'azerbaijan', 'Azerbaijan must'),
  ],
  quotes: [
    {
      text: 'in order to gain that status, Azerbaijan must have diplomatic relations with all the member states of the CSTO',
      type: 'indirect',
      speaker: { name: 'Armenian Foreign Ministry', actor: 'arm-mfa', role: null },
      cue: 'responded',
      ...between(OBSERVER_BODY, 'in order to gain', 'states of the CSTO'),
    },
  ],
  statements: [
    {
      id: 's1',
      speaker: { name: 'Armenian Foreign Ministry', actor: 'arm-mfa' },
      quotes: [0],
      respondsTo: {
        speaker: { name: 'Yuri Borisov', actor: 'yuri-borisov' },
        article: null,
        statement: null,
      },
    },
  ],
  events: [],
  references: [],
  dates: [{ text: '12 September', value: '2019-09-12', ...locate(OBSERVER_BODY, '12 September') }],
}

/** Synthetic filler so the home page has more than one page. Clearly not news. */
const FILLER: ArticleRecord[] = Array.from({ length: 24 }, (_, i) => {
  const n = i + 1
  const body = `Synthetic fixture article number ${String(n)}, served by the mock API so lists have several pages.\n\nIt has no annotations.`
  return {
    schema: 'watchdesk.article/1',
    id: `fixture-${String(n).padStart(2, '0')}`,
    url: null,
    canonicalUrl: null,
    source: { name: null, domain: 'fixtures.invalid' },
    title: `Fixture article ${String(n)}`,
    byline: null,
    published: `2019-08-${String(28 - i).padStart(2, '0')}`,
    language: 'en',
    body,
    actors: [],
    mentions: [],
    quotes: [],
    statements: [],
    events: [],
    references: [],
    dates: [],
  }
})

/** Every fixture article, newest first. */
export const ARTICLES: ArticleRecord[] = [CSTO_ARTICLE, OBSERVER_ARTICLE, ...FILLER].sort((a, b) =>
  (b.published ?? '').localeCompare(a.published ?? ''),
)

function pick(id: string) {
  const actor = ACTORS.find((a) => a.id === id)
  if (!actor) {
    throw new Error(`fixtures: no actor "${id}"`)
  }
  const { name, kind, country, cameo } = actor
  return { id, name, kind, country, cameo }
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * Two watched sources as `GET /api/sources` lists them (oldest first), with times relative to
 * `now` so the page reads the same whenever the mock runs: a healthy feed that recovered from
 * an old error, and a sitemap that has gone quiet and whose last poll failed (so it has a
 * warning and a current error).
 */
export function sourcesAt(now: Date): Source[] {
  const t = now.getTime()
  const iso = (offset: number) => new Date(t + offset).toISOString()
  return [
    {
      id: '3f9a1c2be470',
      url: 'https://caucasuswatch.de/en/feed.xml',
      intervalSeconds: 900,
      etag: 'W/"5e1f-18c"',
      lastModified: new Date(t - 2 * HOUR).toUTCString(),
      nextPollAt: iso(9 * MINUTE),
      lastSuccessAt: iso(-6 * MINUTE),
      lastError: 'HTTP 503 Service Unavailable',
      lastErrorAt: iso(-2 * DAY),
      createdAt: iso(-40 * DAY),
      health: { itemsSeen: 312, itemsPerDay: 4.3, lastItemAt: iso(-2 * HOUR), warning: null },
    },
    {
      id: 'a0c4e81d9b27',
      url: 'https://jam-news.net/sitemap-news.xml',
      intervalSeconds: 1800,
      etag: null,
      lastModified: null,
      nextPollAt: iso(48 * MINUTE),
      lastSuccessAt: iso(-26 * HOUR),
      lastError: 'HTTP 502 Bad Gateway',
      lastErrorAt: iso(-12 * MINUTE),
      createdAt: iso(-21 * DAY),
      health: {
        itemsSeen: 148,
        itemsPerDay: 0.9,
        lastItemAt: iso(-70 * HOUR),
        warning: 'no new items for 70 h; it usually publishes every 5 h',
      },
    },
  ]
}
