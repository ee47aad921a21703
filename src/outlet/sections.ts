/** The outlet's sections, in the order its navigation lists them. */
export const SECTIONS = [
  'Georgia',
  'Armenia',
  'Azerbaijan',
  'North Caucasus',
  'Region',
  'Opinion',
] as const

export type Section = (typeof SECTIONS)[number]

/** A URL-safe slug of a name or title: lower case, ASCII letters and digits, hyphens. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
}
