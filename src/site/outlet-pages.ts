import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import type { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { z } from 'zod'
import { NotFoundError, ValidationError } from '../core/errors.ts'
import type { KnowledgeBase } from '../kb/knowledge-base.ts'
import { renderMarkdown } from '../outlet/markdown.ts'
import type { Post } from '../outlet/post-repository.ts'
import { archivePost, postUrl, suggestForDraft } from '../outlet/publishing.ts'
import { SECTIONS, slugify } from '../outlet/sections.ts'
import type { Store } from '../store/store.ts'
import { analyticsCookies, COOKIE_POLICY_REVISION, COOKIES } from './cookies.ts'
import { atomFeed, newsSitemap, rssFeed, sitemap } from './feeds.ts'
import { escapeHtml, sitePage } from './layout.ts'

/** How the outlet's public side is set up. */
export interface SiteConfig {
  /** The public base address (`WATCHDESK_SITE_URL`), for feeds, sitemaps and JSON-LD. */
  url: string
  /** The outlet's name (`WATCHDESK_OUTLET`). */
  outlet: string
  /** An optional analytics script (`WATCHDESK_ANALYTICS_SCRIPT`): only then a consent banner. */
  analyticsScript: string | null
}

/** The site configuration from the environment. */
export function siteConfigFromEnv(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  return {
    url: (env.WATCHDESK_SITE_URL ?? 'http://localhost:8080').replace(/\/+$/, ''),
    outlet: env.WATCHDESK_OUTLET ?? 'Watchdesk',
    analyticsScript: env.WATCHDESK_ANALYTICS_SCRIPT ?? null,
  }
}

const TWO_DAYS_MS = 2 * 86_400_000
const require = createRequire(import.meta.url)
const consentBody = z.object({
  decision: z.enum(['accept', 'reject', 'custom']),
  categories: z.array(z.string().max(40)).max(10),
  revision: z.string().max(40),
})

const when = (iso: string | null): string =>
  iso
    ? new Date(iso).toLocaleDateString('en-GB', {
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        timeZone: 'UTC',
      })
    : ''

function sectionOf(slug: string): string | null {
  return SECTIONS.find((s) => slugify(s) === slug) ?? null
}

/**
 * The outlet's public pages under /site: the front page, each post with See Also and
 * JSON-LD, section and author pages, RSS and Atom feeds for each, sitemaps, the cookie policy
 * and, when analytics are on, the consent banner and its records.
 */
export function registerOutletPages(
  app: OpenAPIHono,
  deps: { store: Store; kb: KnowledgeBase; site: SiteConfig },
): void {
  const { store, kb, site } = deps
  const { posts } = store
  const html = (c: Context, title: string, body: string, head = ''): Response =>
    c.html(sitePage({ title, head, outlet: site.outlet, tail: consentTail(site) }, body))

  // Public posts go into the archive the first time anyone asks for public posts after their
  // time has come, so a scheduled post is never searchable before it is public.
  const archiveDue = async (): Promise<void> => {
    for (const post of await posts.dueForArchive()) {
      await archivePost(store, kb, post, site.url)
      await posts.markArchived(post.id)
    }
  }
  const list = async (filter: Parameters<typeof posts.listPublic>[0]): Promise<Post[]> => {
    await archiveDue()
    return posts.listPublic(filter)
  }
  const teaser = (p: Post): string =>
    `<li><a href="/site/articles/${escapeHtml(p.slug)}">${escapeHtml(p.title)}</a> <span class="meta">— ${escapeHtml(p.author.name)}, ${when(p.publishAt)}, ${escapeHtml(p.section)}</span>${p.summary ? `<br>${escapeHtml(p.summary)}` : ''}</li>`
  const feedLinks = (path: string, title: string): string =>
    `<link rel="alternate" type="application/rss+xml" title="${escapeHtml(title)}" href="${path}/feed.xml"><link rel="alternate" type="application/atom+xml" title="${escapeHtml(title)}" href="${path}/feed.atom">`

  app.get('/site', async (c) => {
    const latest = await list({ limit: 30 })
    return html(
      c,
      site.outlet,
      `<h1>${escapeHtml(site.outlet)}</h1>${latest.length ? `<ul>${latest.map(teaser).join('')}</ul>` : '<p>Nothing published yet.</p>'}`,
    )
  })

  app.get('/site/articles/:slug', async (c) => {
    await archiveDue()
    const post = await posts.getPublic(c.req.param('slug'))
    if (!post) {
      throw new NotFoundError(`no published article "${c.req.param('slug')}"`)
    }
    await posts.countView(post.id)
    const url = postUrl(site.url, post.slug)
    const suggestions = await suggestForDraft(
      store,
      kb,
      { ...post, author: post.author.name },
      post.seeAlso,
      6,
    )
    // The post's own archived copy is the best match of all: left out.
    const seeAlso = suggestions.seeAlso.filter((s) => s.url !== url).slice(0, 5)
    const jsonLd = {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: post.title,
      description: post.summary || undefined,
      datePublished: post.publishAt,
      dateModified: post.updatedAt,
      author: [
        {
          '@type': 'Person',
          name: post.author.name,
          url: `${site.url}/site/authors/${post.author.slug}`,
        },
      ],
      articleSection: post.section,
      keywords: post.tags,
      publisher: { '@type': 'Organization', name: site.outlet },
      mainEntityOfPage: { '@type': 'WebPage', '@id': url },
      url,
    }
    const head = [
      `<link rel="canonical" href="${escapeHtml(url)}">`,
      `<meta property="og:type" content="article"><meta property="og:title" content="${escapeHtml(post.title)}"><meta property="og:url" content="${escapeHtml(url)}"><meta property="og:site_name" content="${escapeHtml(site.outlet)}">`,
      post.summary
        ? `<meta name="description" content="${escapeHtml(post.summary)}"><meta property="og:description" content="${escapeHtml(post.summary)}">`
        : '',
      `<meta property="article:published_time" content="${escapeHtml(post.publishAt ?? '')}"><meta property="article:section" content="${escapeHtml(post.section)}">`,
      // `<` escaped so no string in the data can close the script element.
      `<script type="application/ld+json">${JSON.stringify(jsonLd).replace(/</g, '\\u003c')}</script>`,
    ].join('')
    const block = seeAlso.length
      ? `<aside class="see-also" aria-labelledby="see-also-title"><h2 id="see-also-title">See Also</h2><ul>${seeAlso
          .map((s) => {
            const href = s.url ?? '#'
            return `<li><a href="${escapeHtml(href)}">${escapeHtml(s.title)}</a>${s.source.name ? ` <span class="meta">${escapeHtml(s.source.name)}</span>` : ''}</li>`
          })
          .join('')}</ul></aside>`
      : ''
    return html(
      c,
      `${post.title} | ${site.outlet}`,
      `<article><p class="meta"><a href="/site/sections/${slugify(post.section)}">${escapeHtml(post.section)}</a></p><h1>${escapeHtml(post.title)}</h1><p class="meta">By <a href="/site/authors/${escapeHtml(post.author.slug)}">${escapeHtml(post.author.name)}</a> · <time datetime="${escapeHtml(post.publishAt ?? '')}">${when(post.publishAt)}</time>${post.tags.length ? ` · ${post.tags.map(escapeHtml).join(', ')}` : ''}</p>${post.summary ? `<p><strong>${escapeHtml(post.summary)}</strong></p>` : ''}${renderMarkdown(post.body)}</article>${block}`,
      head,
    )
  })

  const listing = (kind: 'sections' | 'authors') => async (c: Context) => {
    const slug = c.req.param('slug') ?? ''
    const section = kind === 'sections' ? sectionOf(slug) : null
    if (kind === 'sections' && !section) {
      throw new NotFoundError(`no section "${slug}"`)
    }
    const found = await list(kind === 'sections' ? { section: section ?? '' } : { author: slug })
    const name = section ?? found[0]?.author.name
    if (!name) {
      throw new NotFoundError(`no author "${slug}" with published articles`)
    }
    const path = `/site/${kind}/${slug}`
    return html(
      c,
      `${name} | ${site.outlet}`,
      `<h1>${escapeHtml(name)}</h1>${found.length ? `<ul>${found.map(teaser).join('')}</ul>` : '<p>Nothing published here yet.</p>'}<p class="meta"><a href="${path}/feed.xml">RSS</a> · <a href="${path}/feed.atom">Atom</a></p>`,
      feedLinks(path, `${site.outlet}: ${name}`),
    )
  }
  app.get('/site/sections/:slug', listing('sections'))
  app.get('/site/authors/:slug', listing('authors'))

  const feed =
    (format: 'rss' | 'atom', kind: 'site' | 'sections' | 'authors') => async (c: Context) => {
      const slug = c.req.param('slug') ?? ''
      let title = site.outlet
      let filter: Parameters<typeof posts.listPublic>[0] = { limit: 50 }
      if (kind === 'sections') {
        const section = sectionOf(slug)
        if (!section) {
          throw new NotFoundError(`no section "${slug}"`)
        }
        title = `${site.outlet}: ${section}`
        filter = { ...filter, section }
      } else if (kind === 'authors') {
        filter = { ...filter, author: slug }
      }
      const found = await list(filter)
      if (kind === 'authors') {
        title = `${site.outlet}: ${found[0]?.author.name ?? slug}`
      }
      const page = `${site.url}/site${kind === 'site' ? '' : `/${kind}/${slug}`}`
      const self = `${page}/feed.${format === 'rss' ? 'xml' : 'atom'}`
      return format === 'rss'
        ? c.body(rssFeed({ title, page, self }, found, site.url), 200, {
            'content-type': 'application/rss+xml; charset=utf-8',
          })
        : c.body(atomFeed({ title, page, self }, found, site.url), 200, {
            'content-type': 'application/atom+xml; charset=utf-8',
          })
    }
  app.get('/site/feed.xml', feed('rss', 'site'))
  app.get('/site/feed.atom', feed('atom', 'site'))
  app.get('/site/sections/:slug/feed.xml', feed('rss', 'sections'))
  app.get('/site/sections/:slug/feed.atom', feed('atom', 'sections'))
  app.get('/site/authors/:slug/feed.xml', feed('rss', 'authors'))
  app.get('/site/authors/:slug/feed.atom', feed('atom', 'authors'))

  app.get('/site/sitemap.xml', async (c) => {
    const all = await list({ limit: 50_000 })
    const pages = [
      `${site.url}/site`,
      ...SECTIONS.map((s) => `${site.url}/site/sections/${slugify(s)}`),
    ]
    return c.body(sitemap(all, pages, site.url), 200, {
      'content-type': 'application/xml; charset=utf-8',
    })
  })
  app.get('/site/news-sitemap.xml', async (c) => {
    const recent = await list({ since: new Date(Date.now() - TWO_DAYS_MS), limit: 1000 })
    return c.body(newsSitemap(recent, site.outlet, site.url), 200, {
      'content-type': 'application/xml; charset=utf-8',
    })
  })

  app.get('/site/cookies', (c) => {
    const entries = [...COOKIES, ...analyticsCookies()]
    const rows = entries
      .map(
        (e) =>
          `<tr><th scope="row"><code>${escapeHtml(e.name)}</code></th><td>${escapeHtml(e.purpose)}</td><td>${escapeHtml(e.category === 'analytics' ? 'analytics (only with your consent)' : 'strictly necessary')}</td><td>${escapeHtml(e.who)}</td><td>${escapeHtml(e.duration)}</td><td>${escapeHtml(e.setBy)}</td></tr>`,
      )
      .join('')
    return html(
      c,
      `Cookies | ${site.outlet}`,
      `<h1>Cookies</h1><p>Reading ${escapeHtml(site.outlet)} sets no cookie at all${site.analyticsScript ? ', unless you accept optional analytics' : ''}. We count how often each article is read on our own server, as one number per article per day, with nothing that identifies you.</p><div style="overflow-x:auto"><table><caption>Every cookie this site can set (policy revision ${COOKIE_POLICY_REVISION})</caption><thead><tr><th scope="col">Name</th><th scope="col">Purpose</th><th scope="col">Kind</th><th scope="col">Who gets it</th><th scope="col">How long</th><th scope="col">Set by</th></tr></thead><tbody>${rows}</tbody></table></div>${site.analyticsScript ? '<p><button type="button" data-cc="show-preferencesModal">Change your cookie choice</button></p>' : ''}`,
    )
  })

  if (site.analyticsScript) {
    // The consent library, served from this site (no third-party request before consent).
    const asset = (file: string, type: string) => async (c: Context) =>
      c.body(await readFile(require.resolve(`vanilla-cookieconsent/dist/${file}`), 'utf8'), 200, {
        'content-type': `${type}; charset=utf-8`,
        'cache-control': 'public, max-age=86400',
      })
    app.get('/site/assets/cookieconsent.umd.js', asset('cookieconsent.umd.js', 'text/javascript'))
    app.get('/site/assets/cookieconsent.css', asset('cookieconsent.css', 'text/css'))
    app.get('/site/assets/consent.js', (c) =>
      c.body(
        consentScript(
          site.analyticsScript ?? '',
          analyticsCookies().map((entry) => entry.name),
        ),
        200,
        {
          'content-type': 'text/javascript; charset=utf-8',
        },
      ),
    )
    app.post('/site/consent', async (c) => {
      const parsed = consentBody.safeParse(await c.req.json().catch(() => null))
      if (!parsed.success) {
        throw new ValidationError('a consent record needs { decision, categories, revision }')
      }
      const id = await posts.recordConsent(
        parsed.data.decision,
        parsed.data.categories,
        parsed.data.revision,
      )
      return c.json({ ok: true, id }, 201)
    })
  }
}

/** Before `</body>`: the consent banner, only when analytics are switched on. */
function consentTail(site: SiteConfig): string {
  if (!site.analyticsScript) {
    return ''
  }
  return '<link rel="stylesheet" href="/site/assets/cookieconsent.css"><script src="/site/assets/cookieconsent.umd.js"></script><script src="/site/assets/consent.js"></script>'
}

/**
 * The banner's setup: Accept and Reject of equal weight, nothing pre-ticked, each decision
 * posted to /site/consent with the policy revision, and the analytics script loaded only
 * after consent to it: at once when a reader changes their mind to yes, and when they
 * change it to no, the analytics cookies erased and the page reloaded without the script.
 */
function consentScript(analyticsScript: string, cookieNames: string[]): string {
  const config = {
    revision: COOKIE_POLICY_REVISION,
    script: analyticsScript,
    cookies: cookieNames,
  }
  return `(function () {
  var config = ${JSON.stringify(config).replace(/</g, '\\u003c')};
  function record(cookie, decision) {
    fetch('/site/consent', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ decision: decision, categories: cookie.categories, revision: config.revision }) });
  }
  function load() {
    if (!document.getElementById('wd-analytics')) {
      var s = document.createElement('script'); s.id = 'wd-analytics'; s.src = config.script; document.head.appendChild(s);
    }
  }
  var link = document.getElementById('cookie-settings-link');
  if (link) { link.innerHTML = ' · <button type="button" data-cc="show-preferencesModal" style="font:inherit;background:none;border:0;padding:0;color:#1f3a5f;text-decoration:underline;cursor:pointer">Cookie settings</button>'; }
  CookieConsent.run({
    revision: 1,
    guiOptions: { consentModal: { layout: 'box', equalWeightButtons: true }, preferencesModal: { equalWeightButtons: true } },
    categories: { necessary: { enabled: true, readOnly: true }, analytics: { enabled: false } },
    onFirstConsent: function (p) { record(p.cookie, p.cookie.categories.indexOf('analytics') >= 0 ? 'accept' : 'reject'); },
    onChange: function (p) {
      record(p.cookie, 'custom');
      if (p.cookie.categories.indexOf('analytics') >= 0) { load(); }
      else if (document.getElementById('wd-analytics')) {
        if (config.cookies.length) { CookieConsent.eraseCookies(config.cookies); }
        location.reload();
      }
    },
    onConsent: function (p) { if (p.cookie.categories.indexOf('analytics') >= 0) { load(); } },
    language: { default: 'en', translations: { en: {
      consentModal: { title: 'Optional analytics', description: 'We would like to count visits with an analytics service, which sets cookies. Nothing is set unless you accept. <a href="/site/cookies">Cookie policy</a>', acceptAllBtn: 'Accept', acceptNecessaryBtn: 'Reject', showPreferencesBtn: 'Choose' },
      preferencesModal: { title: 'Cookie choices', acceptAllBtn: 'Accept', acceptNecessaryBtn: 'Reject', savePreferencesBtn: 'Save my choice', sections: [
        { title: 'Strictly necessary', description: 'Remembers this choice.', linkedCategory: 'necessary' },
        { title: 'Analytics', description: 'Counts visits; off unless you turn it on.', linkedCategory: 'analytics' } ] } } } }
  });
})();
`
}
