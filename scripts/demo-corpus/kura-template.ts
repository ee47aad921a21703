/**
 * Kura Review: a custom CMS with BEM class names. JSON-LD `NewsArticle` (plus a breadcrumb list)
 * and a canonical link in the head; top navigation, share bars, an inline "Read also" box between
 * paragraphs, a newsletter box, the comment count and a "By …" byline on the page.
 */
import type { ArticleSource } from './article-source.ts'
import { escapeAttr, escapeText as esc, joinLines, jsonForScript } from './html.ts'
import { OUTLETS, siteOrigin } from './outlets.ts'
import { kuraNewsId, pageUrl, slugify } from './page-url.ts'
import { longDate, publishedParts } from './published-parts.ts'
import {
  earlierFromOutlet,
  hasLeadImage,
  imageCaption,
  inlineSlotAfter,
  resolveSlugs,
  stableHash,
  summary,
} from './template-helpers.ts'

const SITE = OUTLETS.kura
const ORIGIN = siteOrigin('kura')
const MENU = ['Georgia', 'Armenia', 'Azerbaijan', 'North Caucasus', 'Region', 'Opinion']

/**
 * Renders a kura article as a complete page of Kura Review's own CMS.
 *
 * @param article the article to render; its outlet must be `kura`
 * @param allArticles the whole corpus, for "Read also", "See also" and the list of earlier articles
 */
export function renderKuraPage(
  article: ArticleSource,
  allArticles: readonly ArticleSource[],
): string {
  const url = pageUrl(article)
  const id = kuraNewsId(article)
  const p = publishedParts(article)
  const image = hasLeadImage(article) ? `${ORIGIN}/media/news/${id}/main_1200x675.jpg` : null
  const comments = stableHash(`comments|${article.slug}`) % 37
  const authorUrl = article.byline === null ? null : `${ORIGIN}/authors/${slugify(article.byline)}/`
  const rubricUrl = `${ORIGIN}/rubric/${slugify(article.section)}/`
  const newsArticle = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    headline: article.title,
    description: summary(article),
    ...(image === null ? {} : { image: [image] }),
    datePublished: article.published,
    dateModified: article.published,
    author:
      article.byline === null
        ? { '@type': 'Organization', name: SITE.name, url: `${ORIGIN}/` }
        : { '@type': 'Person', name: article.byline, url: authorUrl },
    publisher: {
      '@type': 'Organization',
      name: SITE.name,
      logo: {
        '@type': 'ImageObject',
        url: `${ORIGIN}/static/img/logo-600x60.png`,
        width: 600,
        height: 60,
      },
    },
    articleSection: article.section,
    keywords: article.tags.join(', '),
    inLanguage: 'en',
  }
  const breadcrumbs = {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: [
      { '@type': 'ListItem', position: 1, name: 'News', item: `${ORIGIN}/news/` },
      { '@type': 'ListItem', position: 2, name: article.section, item: rubricUrl },
    ],
  }
  return joinLines([
    '<!doctype html>',
    '<html lang="en" class="no-js">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="X-UA-Compatible" content="IE=edge">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(article.title)} - ${SITE.name}</title>`,
    `<meta name="description" content="${escapeAttr(summary(article))}">`,
    `<link rel="canonical" href="${escapeAttr(url)}">`,
    `<link rel="icon" href="${ORIGIN}/favicon.ico">`,
    `<link rel="stylesheet" href="${ORIGIN}/static/css/main.4f2a91c.css">`,
    `<script type="application/ld+json">${jsonForScript(newsArticle)}</script>`,
    `<script type="application/ld+json">${jsonForScript(breadcrumbs)}</script>`,
    '<script>',
    "document.documentElement.className = document.documentElement.className.replace('no-js', 'js');",
    `window.krq = window.krq || []; krq.push(['pageview', ${jsonForScript({ id, rubric: slugify(article.section), type: 'news' })}]);`,
    '</script>',
    '</head>',
    '<body class="page page--news">',
    '<div class="topline"><div class="container topline__inner">',
    `<a class="topline__link" href="${ORIGIN}/about/">About</a><a class="topline__link" href="${ORIGIN}/advertising/">Advertising</a><a class="topline__link" href="${ORIGIN}/contacts/">Contacts</a>`,
    '<span class="topline__langs"><a class="is-active" href="#">EN</a> <a href="#">RU</a> <a href="#">KA</a></span>',
    '</div></div>',
    '<header class="header"><div class="container header__inner">',
    `<a class="header__logo" href="${ORIGIN}/"><img src="${ORIGIN}/static/img/logo.svg" alt="${SITE.name}" width="180" height="36"></a>`,
    '<nav class="nav nav--top" aria-label="Sections"><ul class="nav__list">',
    `<li class="nav__item"><a class="nav__link" href="${ORIGIN}/news/">All news</a></li>`,
    ...MENU.map((name) => {
      const active = name === article.section ? ' nav__link--active' : ''
      return `<li class="nav__item"><a class="nav__link${active}" href="${ORIGIN}/rubric/${slugify(name)}/">${esc(name)}</a></li>`
    }),
    '</ul></nav>',
    `<form class="header__search" action="${ORIGIN}/search/" method="get"><input class="header__search-input" type="search" name="q" placeholder="Search"><button class="header__search-btn" type="submit">Find</button></form>`,
    '</div></header>',
    '<div class="banner banner--top" id="kr-banner-top" data-slot="kr-top-970x90"></div>',
    '<main class="main container"><div class="layout"><div class="layout__content">',
    `<article class="article" data-id="${id}">`,
    `<div class="article__meta"><a class="article__rubric" href="${rubricUrl}">${esc(article.section)}</a> <span class="article__date">${longDate(p)}, ${p.hh}:${p.min}</span> <a class="article__comments" href="#comments">${comments} comments</a></div>`,
    `<h1 class="article__title">${esc(article.title)}</h1>`,
    authorUrl !== null &&
      `<div class="article__byline">By <a class="article__author" href="${escapeAttr(authorUrl)}">${esc(article.byline ?? '')}</a></div>`,
    renderShareBar(url, 'top'),
    image &&
      `<figure class="article__image"><img src="${escapeAttr(image)}" alt="${escapeAttr(article.title)}" width="1200" height="675" loading="lazy"><figcaption class="article__caption">${esc(imageCaption(article, 'Kura Review archive'))}</figcaption></figure>`,
    '<div class="article__body"><div class="article__text">',
    renderBody(article, allArticles),
    '</div></div>',
    article.tags.length > 0 &&
      `<div class="article__tags">${article.tags.map((t) => `<a class="tag" href="${ORIGIN}/tags/${slugify(t)}/">#${esc(t)}</a>`).join(' ')}</div>`,
    renderShareBar(url, 'bottom'),
    '<section class="newsletter">',
    '<h2 class="newsletter__title">The Kura Review weekly</h2>',
    '<p class="newsletter__text">The week in the South Caucasus, every Friday in your inbox.</p>',
    `<form class="newsletter__form" action="${ORIGIN}/newsletter/subscribe/" method="post"><input class="newsletter__input" type="email" name="email" placeholder="Your email" required><button class="newsletter__btn" type="submit">Subscribe</button></form>`,
    '</section>',
    renderSeeAlso(article, allArticles),
    `<section class="comments" id="comments"><h2 class="comments__title">Comments <span class="comments__count">(${comments})</span></h2><p class="comments__login"><a href="${ORIGIN}/login/">Log in</a> to leave a comment.</p></section>`,
    '</article>',
    '</div>',
    renderSidebar(article, allArticles),
    '</div></main>',
    renderFooter(p.yyyy),
    `<div class="cookie-notice" id="cookie-notice"><p class="cookie-notice__text">We use cookies to make the site work and to count visits. <a href="${ORIGIN}/privacy/">Learn more</a></p><button class="cookie-notice__btn" type="button" data-action="accept-cookies">OK</button></div>`,
    `<script src="${ORIGIN}/static/js/main.9b1d03e.js" defer></script>`,
    `<script>window.krComments = ${jsonForScript({ newsId: id, count: comments })};</script>`,
    '</body>',
    '</html>',
    '',
  ])
}

function renderBody(article: ArticleSource, all: readonly ArticleSource[]): string {
  const readAlso =
    article.readAlso === undefined ? undefined : resolveSlugs(article, [article.readAlso], all)[0]
  const boxAfter = readAlso === undefined ? -1 : inlineSlotAfter(article.body, 2)
  return joinLines(
    article.body.flatMap((block, i) => [
      typeof block === 'string' ? `<p>${esc(block)}</p>` : `<h3>${esc(block.h)}</h3>`,
      i === boxAfter &&
        readAlso !== undefined &&
        `<div class="read-also"><span class="read-also__label">Read also:</span> <a class="read-also__link" href="${escapeAttr(pageUrl(readAlso))}">${esc(readAlso.title)}</a></div>`,
    ]),
  )
}

function renderShareBar(url: string, where: string): string {
  const u = encodeURIComponent(url)
  return joinLines([
    `<div class="share share--${where}"><span class="share__label">Share:</span>`,
    `<a class="share__item share__item--fb" href="https://www.facebook.com/sharer/sharer.php?u=${u}" target="_blank" rel="noopener nofollow">Facebook</a>`,
    `<a class="share__item share__item--tw" href="https://twitter.com/intent/tweet?url=${u}" target="_blank" rel="noopener nofollow">Twitter</a>`,
    `<a class="share__item share__item--tg" href="https://t.me/share/url?url=${u}" target="_blank" rel="noopener nofollow">Telegram</a>`,
    '</div>',
  ])
}

function renderSeeAlso(article: ArticleSource, all: readonly ArticleSource[]): string | false {
  const related = resolveSlugs(article, article.seeAlso, all)
  if (related.length === 0) {
    return false
  }
  return joinLines([
    '<section class="related"><h2 class="related__title">See also</h2><ul class="related__list">',
    ...related.map(
      (a) =>
        `<li class="related__item"><a class="related__link" href="${escapeAttr(pageUrl(a))}">${esc(a.title)}</a></li>`,
    ),
    '</ul></section>',
  ])
}

function renderSidebar(article: ArticleSource, all: readonly ArticleSource[]): string {
  const latest = earlierFromOutlet(article, all, 6)
  return joinLines([
    '<aside class="layout__sidebar">',
    '<div class="banner banner--side" id="kr-banner-side" data-slot="kr-side-300x600"></div>',
    latest.length > 0 &&
      `<section class="widget widget--latest"><h2 class="widget__title">Earlier on Kura Review</h2><ul class="widget__list">${latest
        .map((a) => {
          const ap = publishedParts(a)
          return `<li class="widget__item"><span class="widget__time">${ap.dd}.${ap.mm}.${ap.yyyy}</span> <a href="${escapeAttr(pageUrl(a))}">${esc(a.title)}</a></li>`
        })
        .join('')}</ul></section>`,
    '</aside>',
  ])
}

function renderFooter(year: string): string {
  return joinLines([
    '<footer class="footer"><div class="container">',
    `<nav class="footer__nav"><a href="${ORIGIN}/about/">About us</a> <a href="${ORIGIN}/editorial-policy/">Editorial policy</a> <a href="${ORIGIN}/contacts/">Contacts</a> <a href="${ORIGIN}/advertising/">Advertising</a> <a href="${ORIGIN}/privacy/">Privacy</a></nav>`,
    `<p class="footer__copy">&copy; ${SITE.founded}&ndash;${year} ${SITE.name}. Reproduction of materials is allowed only with a hyperlink to kurareview.example.</p>`,
    '</div></footer>',
  ])
}
