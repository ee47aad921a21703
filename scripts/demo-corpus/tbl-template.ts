/**
 * Tbilisi Ledger (tbl): a server-rendered Next.js site. Markup comes on one line with CSS-module
 * class names (`ArticleBody_body__x7Yz2`) and React's `<!-- -->` text separators. The date is in
 * Parse.ly meta (`parsely-pub-date`, in UTC) and in a visible "Nov 29, 2019 14:05 GMT+4" beside
 * the byline "By <a>…</a> and <a>…</a>"; no JSON-LD, no `article:published_time`. The body mixes
 * `<p>`, bare `<div>` paragraphs and two paragraphs joined by `<br><br>` in one block; a paywall
 * teaser follows the text, with a "Most read" rail and a newsletter modal.
 */
import type { ArticleSource } from './article-source.ts'
import { escapeAttr, escapeText as esc, jsonForScript } from './html.ts'
import { OUTLETS, siteOrigin } from './outlets.ts'
import { pageUrl, slugify, slugWords, tblKey } from './page-url.ts'
import { publishedParts, type PublishedParts } from './published-parts.ts'
import {
  hasLeadImage,
  imageCaption,
  inlineSlotAfter,
  mostRead,
  resolveSlugs,
  summary,
} from './template-helpers.ts'

const SITE = OUTLETS.tbl
const ORIGIN = siteOrigin('tbl')
const MENU = ['Georgia', 'Armenia', 'Azerbaijan', 'North Caucasus', 'Region', 'Opinion']
const SHORT_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]
const BUILD_ID = 'Lq3vT8xWm2Rk9pYc'

/** The byline's names: "A and B" and "A, B and C" name several authors. */
export function bylineAuthors(byline: string): string[] {
  return byline.split(/,\s+|\s+and\s+/).filter((n) => n.trim() !== '')
}

/** `Nov 29, 2019 14:05 GMT+4` */
export function ledgerTimestamp(p: PublishedParts): string {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(p.offset)
  const gmt = m ? `GMT${m[1] ?? ''}${Number(m[2])}${m[3] === '00' ? '' : `:${m[3] ?? ''}`}` : 'GMT'
  return `${SHORT_MONTHS[Number(p.mm) - 1] ?? ''} ${Number(p.dd)}, ${p.yyyy} ${p.hh}:${p.min} ${gmt}`
}

/** The publication instant in UTC, as Parse.ly's `pub-date` wants it: `2019-11-29T10:05:00Z`. */
export function utcPublished(article: ArticleSource): string {
  return new Date(Date.parse(article.published)).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * Renders a tbl article as a complete Next.js page.
 *
 * @param article the article to render; its outlet must be `tbl`
 * @param allArticles the whole corpus, for "More on this story" and "Most read"
 */
export function renderTblPage(
  article: ArticleSource,
  allArticles: readonly ArticleSource[],
): string {
  const url = pageUrl(article)
  const p = publishedParts(article)
  const authors = article.byline === null ? [] : bylineAuthors(article.byline)
  const section = slugify(article.section)
  const image = hasLeadImage(article)
    ? `${ORIGIN}/_next/image?url=%2Fimages%2F${tblKey(article)}.jpg&w=1200&q=75`
    : null
  const nextData = {
    props: {
      pageProps: {
        article: {
          id: tblKey(article),
          headline: article.title,
          section: article.section,
          authors: authors.map((name) => ({ name, slug: slugify(name) })),
          publishedAt: utcPublished(article),
          tags: article.tags,
        },
      },
      __N_SSP: true,
    },
    page: '/[section]/[slug]',
    query: { section, slug: `${slugWords(article.slug)}-${tblKey(article)}` },
    buildId: BUILD_ID,
    isFallback: false,
    gssp: true,
    scriptLoader: [],
  }
  const head = [
    '<meta charSet="utf-8"/>',
    '<meta name="viewport" content="width=device-width, initial-scale=1"/>',
    `<title>${esc(article.title)} | ${SITE.name}</title>`,
    `<meta name="description" content="${escapeAttr(summary(article))}"/>`,
    `<meta property="og:title" content="${escapeAttr(article.title)}"/>`,
    '<meta property="og:type" content="article"/>',
    `<meta property="og:url" content="${escapeAttr(url)}"/>`,
    `<meta property="og:site_name" content="${SITE.name}"/>`,
    image && `<meta property="og:image" content="${escapeAttr(image)}"/>`,
    '<meta name="twitter:card" content="summary_large_image"/>',
    '<meta name="twitter:site" content="@tbilisiledger"/>',
    `<meta name="parsely-title" content="${escapeAttr(article.title)}"/>`,
    `<meta name="parsely-link" content="${escapeAttr(url)}"/>`,
    '<meta name="parsely-type" content="post"/>',
    `<meta name="parsely-pub-date" content="${utcPublished(article)}"/>`,
    `<meta name="parsely-section" content="${escapeAttr(article.section)}"/>`,
    ...authors.map((name) => `<meta name="parsely-author" content="${escapeAttr(name)}"/>`),
    `<meta name="parsely-tags" content="${escapeAttr(article.tags.join(','))}"/>`,
    `<link rel="canonical" href="${escapeAttr(url)}"/>`,
    '<meta name="next-head-count" content="21"/>',
    '<link rel="preload" href="/_next/static/css/4c1e2f0a9b7d3e21.css" as="style"/>',
    '<link rel="stylesheet" href="/_next/static/css/4c1e2f0a9b7d3e21.css" data-n-g=""/>',
    '<noscript data-n-css=""></noscript>',
    '<script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script>',
    '<script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script>',
    '<script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script>',
    '<script src="/_next/static/chunks/main-0a8bd5b3f2a2a83c.js" defer=""></script>',
    '<script src="/_next/static/chunks/pages/%5Bsection%5D/%5Bslug%5D-3f0e9a1c7b5d2e48.js" defer=""></script>',
    `<script src="/_next/static/${BUILD_ID}/_buildManifest.js" defer=""></script>`,
  ]
  const header = [
    '<header class="SiteHeader_header__b4Xy0">',
    `<a class="SiteHeader_logo__Hn2Qe" href="/">${SITE.name}</a>`,
    '<nav class="SiteHeader_nav__pL8sD">',
    ...MENU.map(
      (name) =>
        `<a class="SiteHeader_link__r3TnA${name === article.section ? ' SiteHeader_active__Yw6cV' : ''}" href="/${slugify(name)}">${esc(name)}</a>`,
    ),
    '</nav>',
    '<a class="SiteHeader_subscribe__c1UuB" href="/subscribe">Subscribe</a><a class="SiteHeader_signin__f0KmT" href="/login">Sign in</a>',
    '</header>',
  ]
  const articleParts = [
    '<article class="ArticlePage_article__Jm5sW">',
    `<div class="Kicker_kicker__a9QeR"><a href="/${section}">${esc(article.section)}</a></div>`,
    `<h1 class="Headline_headline__k2Jd9">${esc(article.title)}</h1>`,
    '<div class="Byline_byline__Vn3x8">',
    authors.length > 0 &&
      `<span class="Byline_authors__tQ4mZ">By <!-- -->${authorLinks(authors)}</span><span class="Byline_sep__e8PzL"> · </span>`,
    `<span class="Timestamp_timestamp__Xc7Lr">${ledgerTimestamp(p)}</span>`,
    '</div>',
    image &&
      `<figure class="LeadImage_figure__Rk2vB"><img alt="" loading="eager" width="1200" height="675" decoding="async" src="${escapeAttr(image)}"/><figcaption class="LeadImage_caption__n6GtW">${esc(imageCaption(article, 'Tbilisi Ledger'))}</figcaption></figure>`,
    `<div class="ArticleBody_body__x7Yz2">${renderBody(article)}</div>`,
    '<div class="Paywall_teaser__Zp4Kd"><h3 class="Paywall_title__u2NwE">Subscribe to continue reading</h3><p class="Paywall_text__Gd8fY">You have read all your free articles this month. Get unlimited access to the Tbilisi Ledger from $1 a week. Cancel any time.</p><a class="Paywall_cta__m1XsQ" href="/subscribe">Subscribe now</a><a class="Paywall_signin__B7rTe" href="/login">Already a subscriber? Sign in</a></div>',
    article.tags.length > 0 &&
      `<ul class="Tags_tags__d3VbN">${article.tags.map((t) => `<li><a href="/topics/${slugify(t)}">${esc(t)}</a></li>`).join('')}</ul>`,
    renderMoreOn(article, allArticles),
    '</article>',
  ]
  const popular = mostRead(article, allArticles, 5)
  const rail = [
    '<aside class="ArticleLayout_rail__Wq1hC">',
    popular.length > 0 &&
      `<section class="MostRead_mostRead__S5jLp"><h2 class="MostRead_title__o9VbD">Most read</h2><ol class="MostRead_list__Ke3Tu">${popular.map((a, i) => `<li><span class="MostRead_rank__z2Xc4">${i + 1}</span><a href="${escapeAttr(pageUrl(a))}">${esc(a.title)}</a></li>`).join('')}</ol></section>`,
    '<div class="AdSlot_slot__h4JmR" data-slot="rail-300x600"><span class="AdSlot_label__p0TqS">Advertisement</span></div>',
    '</aside>',
  ]
  const modal = [
    '<div class="NewsletterModal_overlay__g2HsY" role="dialog" aria-modal="true" aria-labelledby="nl-title"><div class="NewsletterModal_modal__T7wKc">',
    '<button type="button" class="NewsletterModal_close__Vb9Qa" aria-label="Close">×</button>',
    '<h2 id="nl-title" class="NewsletterModal_title__c5RzE">Get the Ledger Briefing</h2>',
    '<p class="NewsletterModal_text__Lr0Fs">The day’s most important stories from Georgia and the South Caucasus, in your inbox every weekday morning.</p>',
    '<form class="NewsletterModal_form__y6DdN" action="/api/newsletter" method="post"><input type="email" name="email" placeholder="Your email address" required=""/><button type="submit">Sign me up</button></form>',
    '<button type="button" class="NewsletterModal_dismiss__k8PqM">No thanks</button>',
    '</div></div>',
  ]
  return `${join([
    '<!DOCTYPE html><html lang="en"><head>',
    ...head,
    '</head><body><div id="__next"><div class="Layout_layout__Zt3k1">',
    ...header,
    '<main class="Layout_main__q7Rn2"><div class="ArticleLayout_grid__Ms8yE">',
    ...articleParts,
    ...rail,
    '</div></main>',
    `<footer class="SiteFooter_footer__Fy2Ld"><nav><a href="/about">About us</a><a href="/ethics">Editorial standards</a><a href="/contact">Contact</a><a href="/privacy">Privacy</a><a href="/terms">Terms</a></nav><p>© ${SITE.founded}–${p.yyyy} ${SITE.name} Ltd. All rights reserved.</p></footer>`,
    '</div>',
    ...modal,
    '</div>',
    `<script id="__NEXT_DATA__" type="application/json">${jsonForScript(nextData)}</script>`,
    '</body></html>',
  ])}\n`
}

/** Concatenates markup as React's server renderer emits it: no separators. */
function join(parts: readonly (string | false | null)[]): string {
  return parts.filter((s): s is string => typeof s === 'string').join('')
}

function authorLinks(authors: readonly string[]): string {
  const links = authors.map(
    (name) => `<a class="Byline_author__u3LxB" href="/authors/${slugify(name)}">${esc(name)}</a>`,
  )
  if (links.length <= 1) {
    return links.join('')
  }
  return `${links.slice(0, -1).join('<!-- -->, <!-- -->')}<!-- --> and <!-- -->${links.at(-1) ?? ''}`
}

/**
 * The body as the CMS's rich-text renderer writes it: the second and third paragraphs share one
 * `<div>`, split by `<br><br>`; every third paragraph after that is a bare `<div>`; the rest are
 * `<p>`. An ad slot sits after the fifth paragraph.
 */
function renderBody(article: ArticleSource): string {
  const adAfter = inlineSlotAfter(article.body, 5)
  const out: string[] = []
  let k = 0
  let adDone = adAfter < 0
  for (let i = 0; i < article.body.length; i++) {
    const block = article.body[i]
    if (block === undefined) {
      continue
    }
    if (typeof block !== 'string') {
      out.push(`<h2 class="ArticleBody_subhead__Qw3e1">${esc(block.h)}</h2>`)
    } else {
      const next = article.body[i + 1]
      if (k === 1 && typeof next === 'string') {
        out.push(`<div class="ArticleBody_text__t5Gh8">${esc(block)}<br><br>${esc(next)}</div>`)
        k += 2
        i += 1
      } else {
        const tag = k >= 3 && k % 3 === 0 ? 'div' : 'p'
        const cls = tag === 'div' ? 'ArticleBody_text__t5Gh8' : 'Paragraph_paragraph__a1B2c'
        out.push(`<${tag} class="${cls}">${esc(block)}</${tag}>`)
        k += 1
      }
    }
    if (!adDone && i >= adAfter) {
      adDone = true
      out.push(
        '<div class="AdSlot_inline__e2Wv7" data-slot="mid-article"><span class="AdSlot_label__p0TqS">Advertisement</span></div>',
      )
    }
  }
  return out.join('')
}

function renderMoreOn(article: ArticleSource, all: readonly ArticleSource[]): string | false {
  const related = resolveSlugs(article, article.seeAlso, all)
  if (related.length === 0) {
    return false
  }
  return `<section class="MoreOn_section__Hq6Tn"><h2 class="MoreOn_title__x1PzS">More on this story</h2><ul>${related.map((a) => `<li><a href="${escapeAttr(pageUrl(a))}">${esc(a.title)}</a></li>`).join('')}</ul></section>`
}
