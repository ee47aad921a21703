/**
 * Where each article lives on its outlet's site. The same URL is used for canonical links,
 * `og:url`, the manifest, and every link from one corpus page to another.
 */
import type { ArticleSource } from './article-source.ts'
import { siteOrigin } from './outlets.ts'
import { localDayNumber, publishedParts } from './published-parts.ts'
import { stableHash } from './template-helpers.ts'

/**
 * The article's URL on its outlet's site:
 * - scm: `https://scmonitor.example/<section-slug>/<yyyy>/<mm>/<dd>/<title-slug>/`
 * - kura: `https://kurareview.example/news/<id-number>-<title-slug>`
 * - bsd: `https://blackseadispatch.example/<yyyy>/<mm>/<slug-words>.html`
 * - kvs: `https://kavkazvestnik.example/news/<section-slug>/<element-id>/` (Bitrix `ELEMENT_ID`)
 * - tbl: `https://tbilisiledger.example/<section-slug>/<slug-words>-<6-char-key>`
 *
 * @example pageUrl(article) // 'https://blackseadispatch.example/2019/11/csto-bishkek.html'
 */
export function pageUrl(article: ArticleSource): string {
  const origin = siteOrigin(article.outlet)
  const p = publishedParts(article)
  switch (article.outlet) {
    case 'scm':
      return `${origin}/${slugify(article.section)}/${p.yyyy}/${p.mm}/${p.dd}/${slugify(article.title)}/`
    case 'kura':
      return `${origin}/news/${kuraNewsId(article)}-${slugify(article.title)}`
    case 'bsd':
      return `${origin}/${p.yyyy}/${p.mm}/${slugWords(article.slug)}.html`
    case 'kvs':
      return `${origin}/news/${slugify(article.section)}/${kvsElementId(article)}/`
    case 'tbl':
      return `${origin}/${slugify(article.section)}/${slugWords(article.slug)}-${tblKey(article)}`
  }
}

/**
 * Kavkazsky Vestnik's Bitrix `ELEMENT_ID`: a six-digit number that grows with the local
 * publication date (about 40 a day since 2008, as an infoblock's ids do), with the minute of the
 * day breaking ties.
 */
export function kvsElementId(article: ArticleSource): number {
  const p = publishedParts(article)
  return (
    100_000 + (localDayNumber(p) - 2922) * 40 + Math.floor((Number(p.hh) * 60 + Number(p.min)) / 36)
  )
}

/**
 * Tbilisi Ledger's six-character URL key, as Next.js news sites append to slugs: base 36 of a
 * hash of the article slug, so it is stable across rebuilds.
 */
export function tblKey(article: ArticleSource): string {
  return stableHash(`tbl|${article.slug}`).toString(36).padStart(6, '0').slice(-6)
}

/**
 * Kura Review's numeric article id: minutes since 2000-01-01 in local time, so ids grow with
 * the date as a real CMS's do and two articles collide only if published in the same minute.
 */
export function kuraNewsId(article: ArticleSource): number {
  const p = publishedParts(article)
  return localDayNumber(p) * 1440 + Number(p.hh) * 60 + Number(p.min)
}

/**
 * Lower-case ASCII kebab-case as CMS permalinks make it: accents dropped, apostrophes removed,
 * every other run of non-alphanumerics becomes one hyphen.
 *
 * @example slugify('Azerbaijan’s “new” weapons') // 'azerbaijans-new-weapons'
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** The `<words>` part of `<outlet>-<yyyy>-<mm>-<dd>-<words>`. */
export function slugWords(slug: string): string {
  return slug.replace(/^[a-z]+-\d{4}-\d{2}-\d{2}-/, '')
}
