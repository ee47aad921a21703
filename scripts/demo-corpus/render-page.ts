/**
 * Picks the template for an article's outlet, and turns the page into the bytes the outlet
 * serves.
 */
import type { ArticleSource } from './article-source.ts'
import { renderBsdPage } from './bsd-template.ts'
import { renderKuraPage } from './kura-template.ts'
import { renderKvsPage } from './kvs-template.ts'
import { OUTLETS } from './outlets.ts'
import { renderScmPage } from './scm-template.ts'
import { renderTblPage } from './tbl-template.ts'
import { encodeHtmlWindows1251 } from './windows-1251.ts'

/**
 * Renders an article as its outlet's full HTML page.
 *
 * @param article the article to render
 * @param allArticles the whole corpus; related links are looked up here
 */
export function renderPage(article: ArticleSource, allArticles: readonly ArticleSource[]): string {
  switch (article.outlet) {
    case 'scm':
      return renderScmPage(article, allArticles)
    case 'kura':
      return renderKuraPage(article, allArticles)
    case 'bsd':
      return renderBsdPage(article, allArticles)
    case 'kvs':
      return renderKvsPage(article, allArticles)
    case 'tbl':
      return renderTblPage(article, allArticles)
  }
}

/**
 * The page as the outlet's server sends it: UTF-8 for most, windows-1251 for kvs (whose page
 * declares that charset in its `<meta http-equiv="Content-Type">`).
 *
 * @example writeFile(path, encodePage(article, renderPage(article, all)))
 */
export function encodePage(article: ArticleSource, html: string): Uint8Array {
  switch (OUTLETS[article.outlet].charset) {
    case 'utf-8':
      return new TextEncoder().encode(html)
    case 'windows-1251':
      return encodeHtmlWindows1251(html)
  }
}
