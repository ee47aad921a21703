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
import { encodePage, renderPage } from './render-page.ts'
import { encodeHtmlWindows1251, encodeWindows1251 } from './windows-1251.ts'

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
const kvs: ArticleSource = {
  ...scm,
  slug: 'kvs-2020-03-02-test-kvs-article',
  outlet: 'kvs',
  title: 'Пашинян: «ОДКБ — не место для споров» & <b>',
  byline: 'Мадина Алиева',
  published: '2020-03-02T09:05:00+03:00',
  section: 'Armenia',
  tags: ['ОДКБ', 'Армения'],
  body: [
    'Первый абзац — с «кавычками» и ё.',
    'Второй абзац, где Əliyev пишется латиницей.',
    { h: 'Подзаголовок' },
    'Третий абзац.',
    TRICKY,
  ],
  seeAlso: ['bsd-2020-02-28-test-bsd-article'],
  readAlso: 'kura-2020-03-01-test-kura-article',
}
const tbl: ArticleSource = {
  ...scm,
  slug: 'tbl-2020-03-01-test-tbl-article',
  outlet: 'tbl',
  title: 'Ledger headline',
  byline: 'Nino Kapanadze and David Whitmore',
  published: '2020-03-01T14:05:00+04:00',
  section: 'Georgia',
  body: ['One.', 'Two.', 'Three.', { h: 'Sub' }, 'Four.', 'Five.', TRICKY, 'Seven.'],
  seeAlso: ['kvs-2020-03-02-test-kvs-article', 'scm-2020-03-02-test-scm-article'],
}
const corpus: readonly ArticleSource[] = [scm, kura, bsd, kvs, tbl]
const BY_OUTLET: Readonly<Record<OutletId, ArticleSource>> = { scm, kura, bsd, kvs, tbl }
/** The element whose direct children are the article's body blocks, per template. */
const BODY_CLASS: Readonly<Record<OutletId, string>> = {
  scm: 'entry-content',
  kura: 'article__text',
  bsd: 'field--name-body',
  kvs: 'news-detail-text',
  tbl: 'ArticleBody_body__x7Yz2',
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

/**
 * The body blocks as a reader sees them in a body container: paragraphs (`<p>`, or `<div>` text
 * split at `<br>`) and subheadings, leaving out boxes (Read also, ads) and kvs's Telegram promo.
 */
function bodyBlocks(container: Element): (string | { h: string })[] {
  return container.children.filter(isElement).flatMap((el): (string | { h: string })[] => {
    if (el.name === 'h2' || el.name === 'h3') {
      return [{ h: DomUtils.textContent(el) }]
    }
    const cls = el.attribs.class ?? ''
    const promo = DomUtils.findOne((a) => (a.attribs.href ?? '').startsWith('https://t.me/'), [el])
    if (el.name !== 'p' && !(el.name === 'div' && cls.startsWith('ArticleBody_text'))) {
      return []
    }
    if (promo !== null) {
      return []
    }
    const parts: string[] = ['']
    for (const child of el.children) {
      if (isElement(child) && child.name === 'br') {
        parts.push('')
      } else {
        parts.push(`${parts.pop() ?? ''}${DomUtils.textContent(child)}`)
      }
    }
    return parts.filter((t) => t !== '')
  })
}

describe.each(['scm', 'kura', 'bsd', 'kvs', 'tbl'] as const)('%s template', (outlet) => {
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
    const container = containers[0]
    expect(container && bodyBlocks(container)).toEqual(article.body)
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

  it('kvs: only the Russian dateline, "Автор:" after the text, Russian clutter', () => {
    const html = renderPage(kvs, corpus)
    const doc = parse(html)
    expect(title(doc)).toBe(`${kvs.title} - Новости - Кавказский вестник`)
    expect(metaContent(doc, 'og:title')).toBe(kvs.title)
    const date = byClass(doc, 'news-date-time')[0]
    expect(date && DomUtils.textContent(date)).toBe('2 марта 2020, 09:05')
    for (const absent of [
      'published_time',
      'ld+json',
      '<time',
      'datetime',
      'name="date"',
      '2020-03-02T',
    ]) {
      expect(html).not.toContain(absent)
    }
    const text = DomUtils.textContent(doc)
    expect(text).toContain('Автор: Мадина Алиева')
    expect(text.indexOf('Автор: Мадина Алиева')).toBeGreaterThan(text.indexOf('Третий абзац.'))
    expect(text).toContain(`Читайте также: ${kura.title}`)
    expect(text).toContain('Подписывайтесь на наш Telegram-канал')
    expect(text).toContain('Мы используем файлы cookie')
    expect(text).toContain('Другие новости')
    expect(text).toMatch(/Комментарии \(\d+\)/)
    expect(html).toContain('&laquo;кавычками&raquo;')
    expect(pageUrl(kvs)).toMatch(/^https:\/\/kavkazvestnik\.example\/news\/armenia\/\d{6}\/$/)
  })

  it('tbl: Parse.ly meta in UTC, "By A and B" beside a GMT+4 timestamp, Next.js clutter', () => {
    const html = renderPage(tbl, corpus)
    const doc = parse(html)
    expect(title(doc)).toBe('Ledger headline | Tbilisi Ledger')
    expect(metaContent(doc, 'parsely-pub-date')).toBe('2020-03-01T10:05:00Z')
    const authors = DomUtils.findAll(
      (e) => e.name === 'meta' && e.attribs.name === 'parsely-author',
      doc.children,
    ).map((e) => e.attribs.content)
    expect(authors).toEqual(['Nino Kapanadze', 'David Whitmore'])
    const byline = byClass(doc, 'Byline_byline__Vn3x8')[0]
    expect(byline && DomUtils.textContent(byline)).toBe(
      'By Nino Kapanadze and David Whitmore · Mar 1, 2020 14:05 GMT+4',
    )
    expect(html).toContain('Two.<br><br>Three.')
    expect(html).toMatch(/<div class="ArticleBody_text__t5Gh8">Four\.<\/div>/)
    const text = DomUtils.textContent(doc)
    for (const clutter of [
      'Subscribe to continue reading',
      'Most read',
      'Get the Ledger Briefing',
    ]) {
      expect(text).toContain(clutter)
    }
    expect(html).not.toContain('ld+json')
    expect(html).not.toContain('published_time')
    expect(html.split('\n')).toHaveLength(2)
    expect(pageUrl(tbl)).toMatch(
      /^https:\/\/tbilisiledger\.example\/georgia\/test-tbl-article-[0-9a-z]{6}$/,
    )
  })
})

describe('page bytes', () => {
  it('writes UTF-8 for the English outlets', () => {
    for (const article of [scm, kura, bsd, tbl]) {
      const html = renderPage(article, corpus)
      expect(new TextDecoder().decode(encodePage(article, html))).toBe(html)
    }
  })

  it('writes kvs pages in windows-1251, declared in the head, and they decode back', () => {
    const html = renderPage(kvs, corpus)
    const bytes = encodePage(kvs, html)
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024))
    expect(head).toContain(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />',
    )
    expect(html).not.toMatch(/charset=["']?utf-8/i)
    // "Пашинян" is one byte a letter, not two as in UTF-8.
    expect(
      Buffer.from(bytes).includes(Buffer.from([0xcf, 0xe0, 0xf8, 0xe8, 0xed, 0xff, 0xed])),
    ).toBe(true)
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow()
    const decoded = new TextDecoder('windows-1251').decode(bytes)
    expect(decoded).toBe(html.replace('Əliyev', '&#399;liyev'))
    const text = DomUtils.textContent(parse(decoded))
    expect(text).toContain('Второй абзац, где Əliyev пишется латиницей.')
    expect(text).toContain(TRICKY)
  })

  it('round-trips every windows-1251 byte, and refuses or escapes what it cannot encode', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i)
    const text = new TextDecoder('windows-1251').decode(all)
    expect(encodeWindows1251(text)).toEqual(all)
    expect(encodeWindows1251('«Ёж» — №1…')).toEqual(
      Uint8Array.from([0xab, 0xa8, 0xe6, 0xbb, 0x20, 0x97, 0x20, 0xb9, 0x31, 0x85]),
    )
    expect(() => encodeWindows1251('Əliyev')).toThrow('no byte for "Ə" (U+018F) at offset 0')
    expect(new TextDecoder('windows-1251').decode(encodeHtmlWindows1251('ə ₽ ж'))).toBe(
      '&#601; &#8381; ж',
    )
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
