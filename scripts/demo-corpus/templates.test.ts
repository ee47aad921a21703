import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DomUtils, ElementType, parseDocument } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  ArticleSourceError,
  loadArticleFile,
  parseArticleSource,
  type ArticleSource,
  type OutletId,
} from './article-source.ts'
import { loadCorpus } from './load-corpus.ts'
import { pageUrl } from './page-url.ts'
import { renderPage } from './render-page.ts'

type Document = ReturnType<typeof parseDocument>
type Node = Document['children'][number]
type Element = ReturnType<typeof DomUtils.findAll>[number]

function isElement(node: Node): node is Node & Element {
  return node.type === ElementType.Tag
}

const TRICKY = 'Tom & Jerry said: “<b>no</b>” — it’s "quoted" </script> done.'

const scm: ArticleSource = {
  slug: 'scm-2020-03-02-test-scm-article',
  outlet: 'scm',
  title: 'Test "scm" headline & more',
  byline: null,
  published: '2020-03-02T09:05:00+04:00',
  section: 'North Caucasus',
  tags: ['CSTO', 'arms trade'],
  body: [
    'First paragraph.',
    TRICKY,
    { h: 'A <sub> heading' },
    'Third paragraph.',
    'Fourth paragraph.',
  ],
  seeAlso: ['kura-2020-03-01-test-kura-article', 'bsd-2020-02-28-test-bsd-article'],
  facts: ['test fixture'],
}
const kura: ArticleSource = {
  ...scm,
  slug: 'kura-2020-03-01-test-kura-article',
  outlet: 'kura',
  title: 'Kura </script> headline',
  byline: 'Test Writer',
  published: '2020-03-01T23:59:00+04:00',
  section: 'Georgia',
  seeAlso: ['scm-2020-03-02-test-scm-article'],
  readAlso: 'bsd-2020-02-28-test-bsd-article',
}
const bsd: ArticleSource = {
  ...scm,
  slug: 'bsd-2020-02-28-test-bsd-article',
  outlet: 'bsd',
  title: 'Dispatch headline',
  byline: 'Another Writer',
  published: '2020-02-28T07:30:00+03:00',
  section: 'Region',
  seeAlso: ['scm-2020-03-02-test-scm-article', 'kura-2020-03-01-test-kura-article'],
}
const corpus: readonly ArticleSource[] = [scm, kura, bsd]
const BY_OUTLET: Readonly<Record<OutletId, ArticleSource>> = { scm, kura, bsd }
/** The element whose direct children are the article's body blocks, per template. */
const BODY_CLASS: Readonly<Record<OutletId, string>> = {
  scm: 'entry-content',
  kura: 'article__text',
  bsd: 'field--name-body',
}

function parse(html: string): Document {
  return parseDocument(html)
}

function byClass(doc: Document, cls: string) {
  return DomUtils.findAll((el) => (el.attribs.class ?? '').split(' ').includes(cls), doc.children)
}

function metaContent(doc: Document, key: string): string | undefined {
  const el = DomUtils.findOne(
    (e) => e.name === 'meta' && (e.attribs.property === key || e.attribs.name === key),
    doc.children,
  )
  return el?.attribs.content
}

function links(doc: Document): { href: string; text: string }[] {
  return DomUtils.findAll((e) => e.name === 'a', doc.children).map((a) => ({
    href: a.attribs.href ?? '',
    text: DomUtils.textContent(a),
  }))
}

function title(doc: Document): string {
  const el = DomUtils.findOne((e) => e.name === 'title', doc.children)
  return el === null ? '' : DomUtils.textContent(el)
}

describe.each(['scm', 'kura', 'bsd'] as const)('%s template', (outlet) => {
  const article = BY_OUTLET[outlet]
  const html = renderPage(article, corpus)
  const doc = parse(html)

  it('renders a full HTML document', () => {
    expect(html.startsWith('<!')).toBe(true)
    expect(html.trimEnd().endsWith('</html>')).toBe(true)
  })

  it('puts the body blocks, in order and escaped, inside the body container', () => {
    const containers = byClass(doc, BODY_CLASS[outlet])
    expect(containers).toHaveLength(1)
    const blocks = (containers[0]?.children ?? [])
      .filter(isElement)
      .filter((el) => ['p', 'h2', 'h3'].includes(el.name))
      .map((el) => (el.name === 'p' ? DomUtils.textContent(el) : { h: DomUtils.textContent(el) }))
    expect(blocks).toEqual(article.body)
    expect(html).not.toContain('<b>no</b>')
    expect(html).not.toContain('<sub>')
  })

  it('links every "See Also" slug to its page URL with its headline', () => {
    const found = links(doc)
    for (const slug of article.seeAlso) {
      const target = corpus.find((a) => a.slug === slug)
      expect(target).toBeDefined()
      if (target) {
        expect(found).toContainEqual({ href: pageUrl(target), text: target.title })
      }
    }
  })

  it('renders identically every time, whatever the corpus order or time zone', () => {
    const previousTz = process.env.TZ
    process.env.TZ = 'Pacific/Kiritimati'
    try {
      expect(renderPage(article, corpus)).toBe(html)
      expect(renderPage(article, [...corpus].reverse())).toBe(html)
    } finally {
      if (previousTz === undefined) {
        delete process.env.TZ
      } else {
        process.env.TZ = previousTz
      }
    }
  })

  it('throws, naming the slug, when a related article is missing', () => {
    expect(() => renderPage(article, [article])).toThrow(
      new RegExp(`^${article.slug}: links to "[a-z0-9-]+", which is not in the corpus$`),
    )
  })
})

describe('metadata per outlet', () => {
  it('scm: OpenGraph and article:published_time, title with site suffix, no byline', () => {
    const doc = parse(renderPage(scm, corpus))
    expect(title(doc)).toBe(`${scm.title} | South Caucasus Monitor`)
    expect(metaContent(doc, 'og:title')).toBe(scm.title)
    expect(metaContent(doc, 'og:site_name')).toBe('South Caucasus Monitor')
    expect(metaContent(doc, 'og:type')).toBe('article')
    expect(metaContent(doc, 'og:url')).toBe(pageUrl(scm))
    expect(metaContent(doc, 'article:published_time')).toBe(scm.published)
    expect(DomUtils.textContent(doc)).not.toContain('Author:')
    expect(pageUrl(scm)).toBe(
      'https://scmonitor.example/north-caucasus/2020/03/02/test-scm-headline-more/',
    )
  })

  it('kura: JSON-LD NewsArticle, canonical link, "By" byline, comment count, Read also', () => {
    const html = renderPage(kura, corpus)
    const doc = parse(html)
    const canonical = DomUtils.findOne(
      (e) => e.name === 'link' && e.attribs.rel === 'canonical',
      doc.children,
    )
    expect(canonical?.attribs.href).toBe(pageUrl(kura))
    expect(pageUrl(kura)).toMatch(/^https:\/\/kurareview\.example\/news\/\d+-kura-script-headline$/)
    const jsonLd = DomUtils.findAll(
      (e) => e.name === 'script' && e.attribs.type === 'application/ld+json',
      doc.children,
    ).map((e) => JSON.parse(DomUtils.textContent(e)) as Record<string, unknown>)
    expect(jsonLd.find((d) => d['@type'] === 'NewsArticle')).toMatchObject({
      headline: kura.title,
      datePublished: kura.published,
      author: { '@type': 'Person', name: 'Test Writer' },
      publisher: { '@type': 'Organization', name: 'Kura Review' },
      mainEntityOfPage: { '@type': 'WebPage', '@id': pageUrl(kura) },
    })
    const text = DomUtils.textContent(doc)
    expect(text).toContain('By Test Writer')
    expect(text).toMatch(/Comments \(\d+\)/)
    const readAlso = byClass(doc, 'read-also')[0]
    expect(readAlso && DomUtils.textContent(readAlso)).toBe(`Read also: ${bsd.title}`)
    expect(html).not.toContain('<meta property="og:')
  })

  it('bsd: no structured date, only the dateline in <time datetime>', () => {
    const html = renderPage(bsd, corpus)
    const doc = parse(html)
    expect(title(doc)).toBe('Dispatch headline — Black Sea Dispatch')
    const time = DomUtils.findOne((e) => e.name === 'time', doc.children)
    expect(time?.attribs.datetime).toBe(bsd.published)
    expect(time && DomUtils.textContent(time)).toBe('28.02.2020 07:30')
    expect(html.split(bsd.published)).toHaveLength(2)
    expect(html).not.toContain('og:')
    expect(html).not.toContain('application/ld+json')
    expect(pageUrl(bsd)).toBe('https://blackseadispatch.example/2020/02/test-bsd-article.html')
  })
})

describe('article loader', () => {
  let dir = ''
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'demo-corpus-test-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('names the file and the problem for malformed JSON', async () => {
    const file = join(dir, 'scm-2020-01-01-broken.json')
    await writeFile(file, '{"slug": "scm-2020-01-01-broken",\n  oops }')
    const error = await loadArticleFile(file).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(ArticleSourceError)
    expect(String(error)).toContain('scm-2020-01-01-broken.json')
    expect(String(error)).toMatch(/invalid JSON: .*line 2/)
  })

  it('lists every field problem of a file', () => {
    const raw = { ...scm, slug: 'scm-2020-03-02-other', published: '2 March 2020', extra: true }
    expect(() => parseArticleSource(raw, 'articles/scm-2020-03-02-test-scm-article.json')).toThrow(
      /scm-2020-03-02-test-scm-article\.json: 3 problems:\n.*unknown field "extra"\n.*slug: .*file name\n.*published: expected ISO 8601/,
    )
  })

  it('keeps loading the other files when one is bad', async () => {
    await writeFile(join(dir, `${kura.slug}.json`), JSON.stringify(kura))
    await writeFile(join(dir, `${bsd.slug}.json`), JSON.stringify({ ...bsd, seeAlso: [] }))
    const loaded = await loadCorpus(dir)
    expect(loaded.articles.map((a) => a.slug)).toEqual([bsd.slug])
    expect(loaded.failures.map((f) => f.message)).toEqual([
      expect.stringContaining('kura-2020-03-01-test-kura-article.json: seeAlso: no valid article'),
      expect.stringContaining('scm-2020-01-01-broken.json: invalid JSON'),
    ])
  })
})
