/**
 * Places events from the gazetteer (kb/gazetteer/places.json): a place name after "in", "at",
 * "near", "outside" or "from" in the event's sentence — "a session in Bishkek" is
 * { name: 'Bishkek', country: 'KGZ', lat, lon }. The nearest such place after the trigger
 * wins, else the nearest before it. Also reads "the Kyrgyz capital" through the country's
 * capital when the knowledge base gives a demonym.
 */
import { readFileSync } from 'node:fs'
import type { PlaceValue } from '../annotation.ts'

interface GazetteerPlace extends PlaceValue {
  kind: string
  aliases?: string[]
}

/** The gazetteer, compiled for lookup. */
export interface Gazetteer {
  byName: ReadonlyMap<string, PlaceValue>
  /** ISO3 → the country's capital. */
  capitals: ReadonlyMap<string, PlaceValue>
  pattern: RegExp
}

let cached: Gazetteer | null = null

/** The default gazetteer, loaded on first use. */
export function gazetteer(): Gazetteer {
  if (cached) {
    return cached
  }
  const data = JSON.parse(
    readFileSync(new URL('../../../kb/gazetteer/places.json', import.meta.url), 'utf8'),
  ) as { places: GazetteerPlace[] }
  const byName = new Map<string, PlaceValue>()
  const capitals = new Map<string, PlaceValue>()
  for (const p of data.places) {
    const value = { name: p.name, country: p.country, lat: p.lat, lon: p.lon }
    for (const name of [p.name, ...(p.aliases ?? [])]) {
      byName.set(name, value)
    }
    if (p.kind === 'capital' && !capitals.has(p.country)) {
      capitals.set(p.country, value)
    }
  }
  const names = [...byName.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  cached = {
    byName,
    capitals,
    pattern: new RegExp(
      `\\b(?:in|at|near|outside|from|into|to|around)\\s+(?:the\\s+)?(?:(?:village|town|city|region|district)\\s+of\\s+)?(${names.join('|')})\\b(?![-‑]\\p{L})`,
      'gu',
    ),
  }
  return cached
}

/** One place found in a sentence. */
export interface PlaceMention {
  place: PlaceValue
  start: number
}

/**
 * Places named in `text` (offsets shifted by `offset`); `capitalOf` turns a demonym ("Kyrgyz")
 * into a country ISO3 for "the Kyrgyz capital".
 */
export function findPlaces(
  text: string,
  offset: number,
  capitalOf: (demonym: string) => string | null = () => null,
): PlaceMention[] {
  const g = gazetteer()
  const out: PlaceMention[] = []
  g.pattern.lastIndex = 0
  for (const m of text.matchAll(g.pattern)) {
    const place = g.byName.get(m[1]!)
    if (place) {
      out.push({ place, start: offset + m.index + m[0].length - m[1]!.length })
    }
  }
  for (const m of text.matchAll(/\bin\s+the\s+(\p{Lu}\p{L}+)\s+capital\b/gu)) {
    const country = capitalOf(m[1]!)
    const place = country ? g.capitals.get(country) : undefined
    if (place) {
      out.push({ place, start: offset + m.index })
    }
  }
  return out.sort((a, b) => a.start - b.start)
}

/** The place for a trigger at `at`: the nearest after it, else the nearest before it. */
export function placeFor(places: readonly PlaceMention[], at: number): PlaceValue | null {
  return (
    places.find((p) => p.start >= at)?.place ??
    places.filter((p) => p.start < at).pop()?.place ??
    null
  )
}
