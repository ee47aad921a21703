/**
 * Black Sea Dispatch: a Drupal site. No structured date anywhere (no OpenGraph, no JSON-LD): only
 * the visible dateline "29.11.2019 14:05" in a `<time datetime>`. Body text sits in Drupal's
 * nested field divs, with an ad between paragraphs; the page has a most-read sidebar, a tag
 * list, related headlines and a cookie consent dialog.
 */
import type { ArticleSource } from './article-source.ts'
import { escapeAttr, escapeText as esc, joinLines, jsonForScript } from './html.ts'
import { OUTLETS, siteOrigin } from './outlets.ts'
import { pageUrl, slugify, slugWords } from './page-url.ts'
import { publishedParts, type PublishedParts } from './published-parts.ts'
import {
  hasLeadImage,
  imageCaption,
  inlineSlotAfter,
  mostRead,
  resolveSlugs,
  stableHash,
} from './template-helpers.ts'

const SITE = OUTLETS.bsd
const ORIGIN = siteOrigin('bsd')
const MENU = ['Georgia', 'Armenia', 'Azerbaijan', 'North Caucasus', 'Region', 'Opinion']

/**
 * Renders a bsd article as a complete Drupal page.
 *
 * @param article the article to render; its outlet must be `bsd`
 * @param allArticles the whole corpus, for related headlines and the most-read sidebar
 */
export function renderBsdPage(
  article: ArticleSource,
  allArticles: readonly ArticleSource[],
): string {
  const nid = 20000 + (stableHash(article.slug) % 40000)
  const p = publishedParts(article)
  const itok = stableHash(`itok|${article.slug}`).toString(36).padStart(8, 'x')
  const image = hasLeadImage(article)
    ? `${ORIGIN}/sites/default/files/styles/article_full/public/${p.yyyy}-${p.mm}/${slugWords(article.slug)}.jpg?itok=${itok}`
    : null
  const settings = {
    path: {
      baseUrl: '/',
      currentPath: `node/${nid}`,
      currentPathIsAdmin: false,
      isFront: false,
      currentLanguage: 'en',
    },
    dispatch: { nid: String(nid), section: slugify(article.section) },
  }
  return joinLines([
    '<!DOCTYPE html>',
    '<html lang="en" dir="ltr">',
    '<head>',
    '<meta charset="utf-8" />',
    '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />',
    '<meta name="MobileOptimized" content="width" />',
    '<meta name="HandheldFriendly" content="true" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1.0" />',
    '<link rel="icon" href="/themes/custom/dispatch/favicon.ico" type="image/vnd.microsoft.icon" />',
    `<title>${esc(article.title)} — ${SITE.name}</title>`,
    '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_kR3v9aQ1bS0d.css?delta=0&amp;language=en&amp;theme=dispatch" />',
    `<script type="application/json" data-drupal-selector="drupal-settings-json">${jsonForScript(settings)}</script>`,
    '</head>',
    '<body class="path-node page-node-type-article">',
    '<a href="#main-content" class="visually-hidden focusable skip-link">Skip to main content</a>',
    '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>',
    '<div class="layout-container">',
    '<header role="banner" class="site-header">',
    `<div class="region region-header"><div id="block-dispatch-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/dispatch/logo.svg" alt="Home" /></a><div class="site-name"><a href="/" rel="home">${SITE.name}</a></div><div class="site-slogan">Independent news from the Black Sea and the Caucasus</div></div></div>`,
    '<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-dispatch-main-menu-menu" id="block-dispatch-main-menu">',
    '<h2 class="visually-hidden" id="block-dispatch-main-menu-menu">Main navigation</h2>',
    `<ul class="menu menu--main"><li class="menu-item"><a href="/">Home</a></li>${MENU.map((name) => `<li class="menu-item${name === article.section ? ' menu-item--active-trail' : ''}"><a href="/${slugify(name)}">${esc(name)}</a></li>`).join('')}</ul>`,
    '</nav></div>',
    '</header>',
    adBlock('top', '728x90'),
    `<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">Home</a></li><li><a href="/${slugify(article.section)}">${esc(article.section)}</a></li></ol></nav></div>`,
    '<main role="main"><a id="main-content" tabindex="-1"></a>',
    '<div class="layout-content"><div class="region region-content">',
    `<div id="block-dispatch-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">${esc(article.title)}</span></h1></div>`,
    '<div id="block-dispatch-content" class="block block-system block-system-main-block">',
    `<article role="article" about="/node/${nid}" class="node node--type-article node--promoted node--view-mode-full">`,
    `<div class="node__meta"><span class="dateline">${dateline(article.published, p)}</span>${
      article.byline === null
        ? ''
        : ` <span class="node__author">| <span class="field field--name-field-author field--type-string field--label-hidden">${esc(article.byline)}</span></span>`
    }</div>`,
    '<div class="node__content">',
    image &&
      `<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure class="image-caption"><img loading="lazy" src="${escapeAttr(image)}" width="960" height="540" alt="" /><figcaption>${esc(imageCaption(article, 'Black Sea Dispatch'))}</figcaption></figure></div>`,
    '<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item field-item">',
    renderBody(article),
    '</div>',
    renderTags(article),
    renderShareLinks(pageUrl(article)),
    '</div>',
    '</article>',
    '</div>',
    renderRelated(article, allArticles),
    '</div></div>',
    renderSidebar(article, allArticles),
    '</main>',
    '<footer role="contentinfo" class="site-footer"><div class="region region-footer">',
    '<nav role="navigation" class="menu--footer"><ul class="menu"><li class="menu-item"><a href="/about">About</a></li><li class="menu-item"><a href="/editorial-team">Editorial team</a></li><li class="menu-item"><a href="/contacts">Contacts</a></li><li class="menu-item"><a href="/terms">Terms of use</a></li><li class="menu-item"><a href="/privacy-policy">Privacy policy</a></li></ul></nav>',
    `<div class="copyright">&copy; ${SITE.founded}&ndash;${p.yyyy} ${SITE.name}. All rights reserved.</div>`,
    '</div></footer>',
    '</div>',
    '</div>',
    renderConsentDialog(),
    '<script src="/core/assets/vendor/once/once.min.js?v=1.0.1"></script>',
    '<script src="/core/misc/drupal.js?v=10.2.4"></script>',
    '<script>',
    'var _paq = window._paq = window._paq || [];',
    "_paq.push(['trackPageView']); _paq.push(['enableLinkTracking']);",
    `(function() { var u = 'https://stats.${SITE.domain}/'; _paq.push(['setTrackerUrl', u + 'matomo.php']); _paq.push(['setSiteId', '3']); _paq.push(['setCustomDimension', 1, ${jsonForScript(article.section)}]); })();`,
    '</script>',
    '</body>',
    '</html>',
    '',
  ])
}

/** `<time datetime="2019-11-29T14:05:00+04:00">29.11.2019 14:05</time>` */
function dateline(published: string, p: PublishedParts): string {
  return `<time datetime="${escapeAttr(published)}">${p.dd}.${p.mm}.${p.yyyy} ${p.hh}:${p.min}</time>`
}

function adBlock(name: string, size: string): string {
  return `<div class="block-ad block-ad--${name}"><div class="ad-label">Advertisement</div><div id="bsd-ad-${name}" class="ad-slot" data-size="${size}"></div></div>`
}

function renderBody(article: ArticleSource): string {
  const adAfter = inlineSlotAfter(article.body, 3)
  return joinLines(
    article.body.flatMap((block, i) => [
      typeof block === 'string' ? `<p>${esc(block)}</p>` : `<h3>${esc(block.h)}</h3>`,
      i === adAfter && adBlock('inline', '300x250'),
    ]),
  )
}

function renderTags(article: ArticleSource): string | false {
  if (article.tags.length === 0) {
    return false
  }
  const items = article.tags.map(
    (t) =>
      `<div class="field__item"><a href="/tags/${slugify(t)}" hreflang="en">${esc(t)}</a></div>`,
  )
  return `<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Tags</div><div class="field__items">${items.join('')}</div></div>`
}

function renderShareLinks(url: string): string {
  const u = encodeURIComponent(url)
  return `<div class="share-links"><span class="share-links__label">Share:</span> <a href="https://www.facebook.com/sharer/sharer.php?u=${u}" rel="nofollow">Facebook</a> <a href="https://twitter.com/intent/tweet?url=${u}" rel="nofollow">Twitter</a> <a href="https://t.me/share/url?url=${u}" rel="nofollow">Telegram</a></div>`
}

function headlineRow(a: ArticleSource): string {
  const ap = publishedParts(a)
  return `<div class="views-row"><div class="views-field views-field-title"><a href="${escapeAttr(pageUrl(a))}" hreflang="en">${esc(a.title)}</a></div><div class="views-field views-field-created">${ap.dd}.${ap.mm}.${ap.yyyy}</div></div>`
}

function renderRelated(article: ArticleSource, all: readonly ArticleSource[]): string | false {
  const related = resolveSlugs(article, article.seeAlso, all)
  if (related.length === 0) {
    return false
  }
  return `<div class="views-element-container block" id="block-views-block-related"><h2>Related</h2><div class="view view-related"><div class="view-content">${related.map(headlineRow).join('')}</div></div></div>`
}

function renderSidebar(article: ArticleSource, all: readonly ArticleSource[]): string {
  const popular = mostRead(article, all, 5)
  return joinLines([
    '<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">',
    popular.length > 0 &&
      `<div class="views-element-container block" id="block-views-block-most-read"><h2>Most read</h2><ol class="most-read">${popular.map((a) => `<li><a href="${escapeAttr(pageUrl(a))}">${esc(a.title)}</a></li>`).join('')}</ol></div>`,
    adBlock('sidebar', '300x600'),
    '<div id="block-simplenews-subscription" class="block block-simplenews"><h2>Get the Dispatch by email</h2><form class="simplenews-subscriber-form" action="/newsletter/subscribe" method="post"><div class="form-item"><label for="edit-mail">Email</label><input type="email" id="edit-mail" name="mail" size="30" required /></div><input type="submit" class="button form-submit" value="Subscribe" /></form></div>',
    '</div></aside>',
  ])
}

function renderConsentDialog(): string {
  return joinLines([
    '<div id="bsd-consent" class="consent-dialog" role="dialog" aria-modal="true" aria-labelledby="bsd-consent-title"><div class="consent-dialog__inner">',
    '<h2 id="bsd-consent-title">We value your privacy</h2>',
    '<p>We and our partners use cookies to measure traffic and to show advertising. You can accept all cookies or choose which ones we may use. Read more in our <a href="/privacy-policy">privacy policy</a>.</p>',
    '<div class="consent-dialog__buttons"><button type="button" class="button agree-button">Accept all</button> <button type="button" class="button settings-button">Settings</button> <button type="button" class="button decline-button">Reject</button></div>',
    '</div></div>',
  ])
}
