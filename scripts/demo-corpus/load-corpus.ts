/**
 * Loads a whole `articles/` directory. One bad file never stops the others: each failure is
 * returned as an {@link ArticleSourceError} naming its file, and the valid articles are kept.
 */
import { readdir } from 'node:fs/promises'
import { isAbsolute, join, relative } from 'node:path'
import {
  ArticleSourceError,
  findBrokenReferences,
  loadArticleFile,
  type ArticleSource,
} from './article-source.ts'

/** The outcome of loading an articles directory. */
export interface LoadedCorpus {
  /** Articles that passed validation and whose links all resolve, sorted by slug. */
  readonly articles: readonly ArticleSource[]
  /** Every article that passed validation, including those with broken links. */
  readonly valid: readonly ArticleSource[]
  /** One error per bad file, in file-name order. */
  readonly failures: readonly ArticleSourceError[]
}

/**
 * Reads every `*.json` file in `dir`. Errors name files as {@link displayPath} shows them.
 */
export async function loadCorpus(dir: string): Promise<LoadedCorpus> {
  const names = (await readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  const valid: ArticleSource[] = []
  const failures: ArticleSourceError[] = []
  for (const name of names) {
    const path = join(dir, name)
    try {
      valid.push(await loadArticleFile(path, displayPath(path)))
    } catch (e: unknown) {
      if (!(e instanceof ArticleSourceError)) {
        throw e
      }
      failures.push(e)
    }
  }
  // Links may point at any article that parsed; a link to a missing or broken file fails the
  // article that holds it.
  const known = new Set(valid.map((a) => a.slug))
  const articles = valid.filter((article) => {
    const broken = findBrokenReferences(article, known)
    if (broken.length === 0) {
      return true
    }
    failures.push(new ArticleSourceError(displayPath(join(dir, `${article.slug}.json`)), broken))
    return false
  })
  failures.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
  return { articles, valid, failures }
}

/**
 * A path as errors and summaries show it: relative to the working directory when it lies inside
 * it, absolute otherwise.
 */
export function displayPath(path: string): string {
  const rel = relative(process.cwd(), path)
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? path : rel
}
