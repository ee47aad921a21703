/**
 * Event annotations → the record's `events` (what the text reports as having happened),
 * `hypotheticalEvents` (negated, possible, requested or alleged) and `armsTransfers`.
 */
import type {
  ArmsTransferStatus,
  EventParty,
  RecordArmsTransfer,
  RecordEvent,
  RecordHypotheticalEvent,
} from '../../core/article.ts'
import type { KnowledgeBase } from '../../kb/knowledge-base.ts'
import type { EventAnnotation } from '../annotation.ts'
import { cameoCode } from './cameo-table.ts'
import { patternTable } from './event-patterns.ts'

/** The three event lists of a record. */
export interface RecordEventParts {
  events: RecordEvent[]
  hypotheticalEvents: RecordHypotheticalEvent[]
  armsTransfers: RecordArmsTransfer[]
}

const CONTRACT = /\b(?:contract|contracts|deal|deals|order|ordered|orders|agreement)\b/i

/** Splits coded events into what happened, what did not or may, and arms transfers. */
export function recordEventParts(
  annotations: readonly EventAnnotation[],
  kb: KnowledgeBase,
): RecordEventParts {
  const parts: RecordEventParts = { events: [], hypotheticalEvents: [], armsTransfers: [] }
  for (const e of annotations) {
    if (!e.value.source) {
      continue
    }
    const event = toRecordEvent(e, kb)
    const polarity = e.value.polarity ?? (e.value.hypothetical ? 'negative' : 'positive')
    const modality = e.value.modality ?? 'asserted'
    if (e.value.hypothetical) {
      parts.hypotheticalEvents.push({ ...event, polarity, modality })
    } else {
      parts.events.push(event)
    }
    if (e.value.transfer) {
      const acquire = e.value.transfer === 'acquire'
      parts.armsTransfers.push({
        supplier: acquire ? event.target : event.source,
        recipient: acquire ? event.source : event.target,
        weapon: e.value.weapon ?? null,
        status: transferStatus(polarity, modality, e.text),
        date: event.date,
        start: event.start,
        end: event.end,
      })
    }
  }
  return parts
}

function transferStatus(
  polarity: 'positive' | 'negative',
  modality: string,
  trigger: string,
): ArmsTransferStatus {
  if (modality === 'requested') {
    return polarity === 'negative' ? 'called-to-stop' : 'requested'
  }
  if (polarity === 'negative') {
    return 'negated'
  }
  if (modality === 'possible') {
    return 'possible'
  }
  if (modality === 'alleged') {
    return 'alleged'
  }
  return CONTRACT.test(trigger) ? 'contracted' : 'delivered'
}

/** One event annotation as a record event, with the CAMEO table's label, PLOVER and Goldstein. */
export function toRecordEvent(event: EventAnnotation, kb: KnowledgeBase): RecordEvent {
  const v = event.value
  const code = cameoCode(v.code)
  const party = (p: { name: string; actor: string | null }): EventParty => ({
    actor: p.actor,
    name: p.actor ? (kb.get(p.actor)?.name ?? p.name) : p.name,
    cameo: p.actor ? (kb.get(p.actor)?.cameo ?? null) : null,
  })
  return {
    code: v.code,
    root: v.code.slice(0, 2),
    label: code?.label ?? v.code,
    plover: ploverType(v.code),
    goldstein: code?.goldstein ?? 0,
    source: party(v.source ?? { name: '', actor: null }),
    target: v.target ? party(v.target) : null,
    date: v.date,
    location: v.location ?? null,
    start: event.start,
    end: event.end,
  }
}

/** CAMEO's PLOVER type; for codes PLOVER drops (02 appeals) the pattern file's fallback. */
export function ploverType(code: string): string | null {
  const fromTable = cameoCode(code)?.plover ?? null
  if (fromTable && !fromTable.includes('/')) {
    return fromTable
  }
  const fallback = patternTable().ploverFallback
  for (let n = code.length; n >= 2; n--) {
    const hit = fallback[code.slice(0, n)]
    if (hit) {
      return hit
    }
  }
  return fromTable
}
