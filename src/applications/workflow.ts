import { ValidationError } from '../core/errors.ts'

/** Where an application stands. */
export const APPLICATION_STATUSES = [
  'received',
  'reviewing',
  'shortlisted',
  'accepted',
  'rejected',
  'on_hold',
  'withdrawn',
] as const
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number]

/** The moves an editor may make from each status; accepted, rejected and withdrawn are final. */
export const TRANSITIONS: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  received: ['reviewing', 'on_hold', 'rejected', 'withdrawn'],
  reviewing: ['shortlisted', 'on_hold', 'rejected', 'withdrawn'],
  shortlisted: ['accepted', 'rejected', 'on_hold', 'withdrawn'],
  on_hold: ['reviewing', 'shortlisted', 'rejected', 'withdrawn'],
  accepted: [],
  rejected: [],
  withdrawn: [],
}

/** Throws a 409 naming the allowed moves when `to` cannot follow `from`. */
export function checkTransition(from: ApplicationStatus, to: ApplicationStatus): void {
  if (!TRANSITIONS[from].includes(to)) {
    const allowed = TRANSITIONS[from]
    throw new ValidationError(
      `an application that is ${from} cannot become ${to}` +
        (allowed.length ? ` (allowed: ${allowed.join(', ')})` : ` (${from} is final)`),
      { code: 'invalid_transition' },
    )
  }
}
