import type { RecordHead } from '../analyse/build-record.ts'

/** The head of an English article that is only its body: no URL, outlet, title or byline. */
export function bareHead(body: string, published: string | null, id = 'test'): RecordHead {
  return {
    id,
    url: null,
    canonicalUrl: null,
    source: { name: null, domain: null },
    title: '',
    byline: null,
    published,
    language: 'en',
    body,
  }
}
