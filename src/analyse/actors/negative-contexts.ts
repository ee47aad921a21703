import type { KbEntry } from '../../kb/kb-types.ts'
import type { ActorAnnotation } from '../annotation.ts'

/** What a negative-context rule sees of one mention. */
export interface MentionContext {
  mention: ActorAnnotation
  entry: KbEntry | undefined
  /** Up to 60 characters before and after the mention. */
  before: string
  after: string
  body: string
}

/** A context in which a mention does not name its actor. */
export interface NegativeContext {
  name: string
  applies(context: MentionContext): boolean
}

const US_STATE_BEFORE =
  /(?:\bstate\s+of|\bAtlanta,?|\bSavannah,?|\bAugusta,?|\bAthens,?|\bMacon,?|\b(?:Alabama|Florida|South Carolina|Tennessee)\s+(?:and|or))\s*$/i
const US_STATE_AFTER =
  /^(?:,?\s+(?:USA|U\.S\.A?\.?|US|United States)\b|\s+(?:Senate|House|State\s+University|Tech|Bulldogs|Peach|General\s+Assembly|voters|county|County|Republicans?|Democrats?|Secretary\s+of\s+State|governor|Governor|Supreme\s+Court)\b|['’]s\s+(?:governor|Governor|Secretary\s+of\s+State|senators?|Senate|Republican|Democratic|voters|Fulton|\d+(?:st|nd|rd|th)\s+district)\b)/
const US_STATE_ARTICLE = /\b(?:Atlanta|Fulton County|Peach State|Brian Kemp|Savannah)\b/

/** Nouns after a demonym that mean a people, not a state: "the Armenian diaspora". */
const PEOPLE_AFTER =
  /^[\s-]+(?:diaspora|community|communities|people|population|refugees?|origin|descent|heritage|language|Church|church|Apostolic|Genocide|genocide|lobby|Americans?|Canadians?|Australians?|villagers|residents|civilians|students|voters|emigrants?|immigrants?|ancestry|cuisine|culture|alphabet|Patriarchate|Catholicos|Evangelical|Catholic|Orthodox|minority|minorities|nationals|-Americans?)\b/
const PEOPLE_BEFORE = /\b(?:ethnic|diaspora)\s+$/i

/** Things named after a person: "Heydar Aliyev Avenue", "the Aliyev Prize". */
const NAMED_AFTER =
  /^(?:\s+[\p{Lu}][\p{L}’'-]+){0,2}\s+(?:Avenue|Street|St\.|Prospekt|Prospect|Boulevard|Square|Park|Prize|Award|Medal|Foundation|Center|Centre|Airport|International\s+Airport|Stadium|Palace|Museum|Library|University|Institute|School|Bridge|Highway|Station|Cup|Fund|Hall|Mosque|Cathedral|Street's|Doctrine)\b/u
const ORDER_OF = /\b(?:Order|Prize|Medal|Orden)\s+(?:of\s+)?(?:\p{Lu}\p{Ll}+\s+)?$/u

/** Outlets named after a country: "France 24", "Armenian Public Radio", "RFE/RL's Armenian Service". */
const OUTLET_AFTER =
  /^\s+(?:24|1|2|Today|TV|Public\s+(?:Radio|Television|TV)|Service|Television|Radio|News(?:\s+Agency)?)\b/
const OUTLET_BEFORE = /\b(?:RFE\/RL|Radio\s+Liberty|BBC|VOA)['’]s\s+$/

/** Negative contexts, checked in order; the first that applies drops the mention. */
export const NEGATIVE_CONTEXTS: readonly NegativeContext[] = [
  {
    name: 'us-state-georgia',
    applies: ({ entry, before, after, body }) =>
      entry?.id === 'GEO' &&
      (US_STATE_BEFORE.test(before) ||
        US_STATE_AFTER.test(after) ||
        (US_STATE_ARTICLE.test(body) && !/\b(?:Tbilisi|Georgian)\b/.test(body))),
  },
  {
    name: 'people-not-state',
    applies: ({ mention, entry, before, after }) =>
      (entry?.kind === 'country' || entry?.kind === 'institution') &&
      (mention.value.via === 'demonym' ||
        /^(?:the\s+)?\p{Lu}\p{L}+(?:ian|ani|ish|ese|ean|ic|i)\b/u.test(mention.text)) &&
      (PEOPLE_AFTER.test(after) || PEOPLE_BEFORE.test(before)),
  },
  {
    name: 'media-outlet',
    applies: ({ entry, before, after }) =>
      entry?.kind === 'country' && (OUTLET_AFTER.test(after) || OUTLET_BEFORE.test(before)),
  },
  {
    name: 'named-after-person',
    applies: ({ entry, before, after }) =>
      entry?.kind === 'person' && (NAMED_AFTER.test(after) || ORDER_OF.test(before)),
  },
]
