/**
 * Picks the template for an article's outlet.
 */
import type { ArticleSource } from './article-source.ts'
import { renderBsdPage } from './bsd-template.ts'
import { renderKuraPage } from './kura-template.ts'
import { renderScmPage } from './scm-template.ts'

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
  }
}
