import { readFileSync } from 'node:fs'
import { z } from 'zod'

/** What the call for contributors asks for: editable data, not code. */
export const callSchema = z.object({
  outlet: z.string().min(1),
  regions: z.array(z.string().min(1)).min(1),
  languages: z.array(z.string().min(1)).min(1),
  beats: z.array(z.string().min(1)).min(1),
  /** Months a rejected applicant's files are kept. */
  retentionMonths: z.number().int().positive(),
})
export type CallConfig = z.infer<typeof callSchema>

export const DEFAULT_CALL: CallConfig = {
  outlet: 'Watchdesk',
  regions: ['Georgia', 'Armenia', 'Azerbaijan', 'North Caucasus'],
  languages: ['English', 'Russian', 'Georgian', 'Armenian', 'Azerbaijani'],
  beats: [
    'Elections and parliament',
    'Courts and rights',
    'Security and borders',
    'Energy and economy',
    'Peace talks',
  ],
  retentionMonths: 6,
}

/** The call from a JSON file (`WATCHDESK_CALL`), else the default. */
export function loadCall(path: string | undefined = process.env.WATCHDESK_CALL): CallConfig {
  if (!path) {
    return DEFAULT_CALL
  }
  return callSchema.parse({
    ...DEFAULT_CALL,
    ...(JSON.parse(readFileSync(path, 'utf8')) as object),
  })
}
