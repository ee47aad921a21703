/**
 * Renders the demo corpus: every `corpus/demo/articles/<slug>.json` becomes
 * `corpus/demo/pages/<slug>.html` in its outlet's site template and encoding (kvs pages are
 * windows-1251, the rest UTF-8), and `corpus/demo/manifest.json`
 * lists the pages. Output depends only on the article files, so rebuilding gives identical bytes.
 *
 * A bad article is reported with its file name and skipped; the rest still render, and the
 * process exits non-zero at the end. `pages/` is left holding exactly the pages in the manifest.
 *
 * Usage: `npm run corpus:build [-- --articles <dir> --out <dir>]`
 * (`--out` receives `pages/` and `manifest.json`; both default to `corpus/demo`).
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { OUTLET_IDS, type OutletId } from './demo-corpus/article-source.ts'
import { displayPath as shown, loadCorpus } from './demo-corpus/load-corpus.ts'
import { pageUrl } from './demo-corpus/page-url.ts'
import { encodePage, renderPage } from './demo-corpus/render-page.ts'

/** One rendered page, as listed in `manifest.json`. */
interface ManifestEntry {
  readonly slug: string
  readonly outlet: OutletId
  readonly url: string
  /** Path of the page relative to the manifest, e.g. `pages/<slug>.html`. */
  readonly file: string
}

const demoDir = fileURLToPath(new URL('../corpus/demo/', import.meta.url))
const { values } = parseArgs({
  options: { articles: { type: 'string' }, out: { type: 'string' } },
})
const articlesDir = resolve(values.articles ?? join(demoDir, 'articles'))
const outDir = resolve(values.out ?? demoDir)
const pagesDir = join(outDir, 'pages')

const { articles, valid, failures } = await loadCorpus(articlesDir)
const errors: string[] = failures.map((f) => f.message)
const manifest: ManifestEntry[] = []
const pages = new Map<string, Uint8Array>()
for (const article of articles) {
  try {
    pages.set(`${article.slug}.html`, encodePage(article, renderPage(article, valid)))
    const file = `pages/${article.slug}.html`
    manifest.push({ slug: article.slug, outlet: article.outlet, url: pageUrl(article), file })
  } catch (e: unknown) {
    const message = e instanceof Error ? e.message : String(e)
    errors.push(`${shown(join(articlesDir, `${article.slug}.json`))}: cannot render: ${message}`)
  }
}

await mkdir(pagesDir, { recursive: true })
for (const [name, bytes] of pages) {
  await writeFile(join(pagesDir, name), bytes)
}
const stale = (await readdir(pagesDir)).filter((n) => n.endsWith('.html') && !pages.has(n))
for (const name of stale) {
  await rm(join(pagesDir, name))
}
await writeFile(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)

for (const error of errors) {
  console.error(`error: ${error}`)
}
const perOutlet = OUTLET_IDS.map((o) => `${o} ${manifest.filter((m) => m.outlet === o).length}`)
console.log(
  `corpus:build: rendered ${manifest.length} pages (${perOutlet.join(', ')}) into ${shown(pagesDir)}` +
    `${stale.length > 0 ? `, removed ${stale.length} stale` : ''}, ${errors.length} failed`,
)
if (errors.length > 0) {
  process.exitCode = 1
}
