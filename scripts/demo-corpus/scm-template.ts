/**
 * South Caucasus Monitor: a WordPress site laid out like the seed page. Title, date line, body,
 * "See Also", the call for contributors and the cookie banner, with OpenGraph and
 * `article:published_time` in the head. Typographic quotes come out as numeric entities, as
 * WordPress's texturizer writes them.
 */
import type { ArticleSource } from './article-source.ts'
import { escapeAttr, escapeTextWithEntities as esc, joinLines, jsonForScript } from './html.ts'
import { OUTLETS, siteOrigin } from './outlets.ts'
import { pageUrl, slugify } from './page-url.ts'
import { longDate, publishedParts } from './published-parts.ts'
import {
  earlierFromOutlet,
  hasLeadImage,
  imageCaption,
  inlineSlotAfter,
  neighbours,
  resolveSlugs,
  stableHash,
  summary,
} from './template-helpers.ts'

const SITE = OUTLETS.scm
const ORIGIN = siteOrigin('scm')
const MENU = ['Georgia', 'Armenia', 'Azerbaijan', 'North Caucasus', 'Region', 'Opinion']

/**
 * Renders an scm article as a complete WordPress page.
 *
 * @param article the article to render; its outlet must be `scm`
 * @param allArticles the whole corpus, for "See Also", post navigation and recent posts
 */
export function renderScmPage(
  article: ArticleSource,
  allArticles: readonly ArticleSource[],
): string {
  const url = pageUrl(article)
  const postId = 1000 + (stableHash(article.slug) % 28000)
  const p = publishedParts(article)
  const image = hasLeadImage(article)
    ? `${ORIGIN}/wp-content/uploads/${p.yyyy}/${p.mm}/${slugify(article.title)}-1024x576.jpg`
    : null
  const categoryUrl = `${ORIGIN}/${slugify(article.section)}/`
  return joinLines([
    '<!DOCTYPE html>',
    '<html lang="en-US">',
    '<head>',
    '<meta charset="UTF-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<link rel="profile" href="https://gmpg.org/xfn/11">',
    `<title>${esc(article.title)} | ${SITE.name}</title>`,
    '<meta name="robots" content="index, follow, max-image-preview:large">',
    `<meta name="description" content="${escapeAttr(summary(article))}">`,
    '<meta property="og:locale" content="en_US">',
    '<meta property="og:type" content="article">',
    `<meta property="og:title" content="${escapeAttr(article.title)}">`,
    `<meta property="og:description" content="${escapeAttr(summary(article))}">`,
    `<meta property="og:url" content="${escapeAttr(url)}">`,
    `<meta property="og:site_name" content="${SITE.name}">`,
    `<meta property="article:section" content="${escapeAttr(article.section)}">`,
    ...article.tags.map((t) => `<meta property="article:tag" content="${escapeAttr(t)}">`),
    `<meta property="article:published_time" content="${escapeAttr(article.published)}">`,
    image && `<meta property="og:image" content="${escapeAttr(image)}">`,
    '<meta name="twitter:card" content="summary_large_image">',
    `<link rel="alternate" type="application/rss+xml" title="${SITE.name} &raquo; Feed" href="${ORIGIN}/feed/">`,
    `<script>window._wpemojiSettings = ${jsonForScript({ baseUrl: `${ORIGIN}/wp-includes/images/core-emoji/15.0.3/72x72/`, ext: '.png', source: { concatemoji: `${ORIGIN}/wp-includes/js/wp-emoji-release.min.js?ver=6.4.3` } })};</script>`,
    `<link rel="stylesheet" id="wp-block-library-css" href="${ORIGIN}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3" media="all">`,
    `<link rel="stylesheet" id="scmonitor-style-css" href="${ORIGIN}/wp-content/themes/scmonitor/style.css?ver=2.3.1" media="all">`,
    `<link rel="https://api.w.org/" href="${ORIGIN}/wp-json/">`,
    `<link rel="shortlink" href="${ORIGIN}/?p=${postId}">`,
    '<meta name="generator" content="WordPress 6.4.3">',
    '<script>',
    'window.dataLayer = window.dataLayer || [];',
    'function gtag(){dataLayer.push(arguments);}',
    "gtag('js', new Date());",
    `gtag('config', 'G-SCM4Q7T2XZ', ${jsonForScript({ content_group: article.section, post_id: postId })});`,
    '</script>',
    '</head>',
    `<body class="post-template-default single single-post postid-${postId} single-format-standard">`,
    '<div id="page" class="site">',
    '<a class="skip-link screen-reader-text" href="#content">Skip to content</a>',
    '<div class="top-bar"><ul class="top-bar__links">',
    `<li><a href="${ORIGIN}/about-us/">About us</a></li><li><a href="${ORIGIN}/contact/">Contact</a></li><li><a href="${ORIGIN}/support-us/">Support us</a></li>`,
    '</ul></div>',
    '<header id="masthead" class="site-header">',
    `<div class="site-branding"><p class="site-title"><a href="${ORIGIN}/" rel="home">${SITE.name}</a></p>`,
    '<p class="site-description">News and analysis from Georgia, Armenia, Azerbaijan and the North Caucasus</p></div>',
    '<nav id="site-navigation" class="main-navigation" aria-label="Primary">',
    '<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>',
    '<ul id="primary-menu" class="menu">',
    `<li class="menu-item menu-item-home"><a href="${ORIGIN}/">Home</a></li>`,
    ...MENU.map((name) => {
      const current = name === article.section ? ' current-post-ancestor current-menu-parent' : ''
      return `<li class="menu-item menu-item-type-taxonomy menu-item-object-category${current}"><a href="${ORIGIN}/${slugify(name)}/">${esc(name)}</a></li>`
    }),
    '</ul></nav>',
    '</header>',
    '<div class="scm-ad scm-ad--leaderboard" id="scm-ad-top" data-ad-slot="top-728x90"></div>',
    '<div id="content" class="site-content">',
    `<p id="breadcrumbs"><span><span><a href="${ORIGIN}/">Home</a></span> » <span><a href="${categoryUrl}">${esc(article.section)}</a></span> » <span class="breadcrumb_last" aria-current="page">${esc(article.title)}</span></span></p>`,
    '<div id="primary" class="content-area"><main id="main" class="site-main">',
    `<article id="post-${postId}" class="post-${postId} post type-post status-publish format-standard${image ? ' has-post-thumbnail' : ''} hentry category-${slugify(article.section)}${article.tags.map((t) => ` tag-${slugify(t)}`).join('')}">`,
    '<header class="entry-header">',
    `<h1 class="entry-title">${esc(article.title)}</h1>`,
    `<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="${escapeAttr(article.published)}">${longDate(p)}</time></span>${
      article.byline === null
        ? ''
        : ` <span class="byline">Author: <span class="author vcard"><a class="url fn n" href="${ORIGIN}/author/${slugify(article.byline)}/">${esc(article.byline)}</a></span></span>`
    }</div>`,
    '</header>',
    image &&
      `<figure class="post-thumbnail wp-caption"><img width="1024" height="576" src="${escapeAttr(image)}" class="attachment-large size-large wp-post-image" alt="" decoding="async"><figcaption class="wp-caption-text">${esc(imageCaption(article, 'SCM archive'))}</figcaption></figure>`,
    '<div class="entry-content">',
    renderBody(article),
    renderShareBar(url),
    renderSeeAlso(article, allArticles),
    '<div class="scm-callout"><p><em>South Caucasus Monitor seeks local specialists from Georgia, Armenia, Azerbaijan and the North Caucasus region. We offer flexible cooperation, fair pay and an international readership. Send your CV, a cover letter and a writing sample to editors@scmonitor.example. Questions: contributors@scmonitor.example</em></p></div>',
    '</div>',
    '<footer class="entry-footer">',
    `<span class="cat-links">Posted in <a href="${categoryUrl}" rel="category tag">${esc(article.section)}</a></span>`,
    article.tags.length > 0 &&
      `<span class="tags-links">Tagged ${article.tags.map((t) => `<a href="${ORIGIN}/tag/${slugify(t)}/" rel="tag">${esc(t)}</a>`).join(', ')}</span>`,
    '</footer>',
    '</article>',
    renderPostNavigation(article, allArticles),
    renderCommentForm(postId),
    '</main></div>',
    renderSidebar(article, allArticles),
    '</div>',
    renderFooter(p.yyyy),
    '</div>',
    renderCookieBanner(),
    `<script src="${ORIGIN}/wp-includes/js/wp-embed.min.js?ver=6.4.3" id="wp-embed-js"></script>`,
    '</body>',
    '</html>',
    '',
  ])
}

function renderBody(article: ArticleSource): string {
  const adAfter = inlineSlotAfter(article.body, 3)
  return joinLines(
    article.body.flatMap((block, i) => [
      typeof block === 'string'
        ? `<p>${esc(block)}</p>`
        : `<h2 class="wp-block-heading">${esc(block.h)}</h2>`,
      i === adAfter &&
        '<div class="scm-ad scm-ad--inarticle" id="scm-ad-inarticle" data-ad-slot="in-article-300x250"></div>',
    ]),
  )
}

function renderShareBar(url: string): string {
  const item = (network: string, label: string): string =>
    `<li class="share-${network}"><a rel="nofollow noopener noreferrer" class="share-${network} sd-button" href="${escapeAttr(url)}?share=${network}" target="_blank" title="Click to share on ${label}"><span>${label}</span></a></li>`
  return joinLines([
    '<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social">',
    '<h3 class="sd-title">Share this:</h3>',
    `<div class="sd-content"><ul>${item('facebook', 'Facebook')}${item('twitter', 'Twitter')}${item('telegram', 'Telegram')}</ul></div>`,
    '</div></div>',
  ])
}

function renderSeeAlso(article: ArticleSource, all: readonly ArticleSource[]): string | false {
  const related = resolveSlugs(article, article.seeAlso, all)
  if (related.length === 0) {
    return false
  }
  return joinLines([
    '<div class="see-also">',
    '<h4>See Also</h4>',
    '<ul>',
    ...related.map((a) => `<li><a href="${escapeAttr(pageUrl(a))}">${esc(a.title)}</a></li>`),
    '</ul>',
    '</div>',
  ])
}

function renderPostNavigation(
  article: ArticleSource,
  all: readonly ArticleSource[],
): string | false {
  const { previous, next } = neighbours(article, all)
  if (previous === undefined && next === undefined) {
    return false
  }
  const link = (a: ArticleSource | undefined, rel: string, label: string): string | false =>
    a !== undefined &&
    `<div class="nav-${rel === 'prev' ? 'previous' : 'next'}"><a href="${escapeAttr(pageUrl(a))}" rel="${rel}"><span class="meta-nav">${label}</span> <span class="post-title">${esc(a.title)}</span></a></div>`
  return joinLines([
    '<nav class="navigation post-navigation" aria-label="Posts">',
    '<h2 class="screen-reader-text">Post navigation</h2>',
    '<div class="nav-links">',
    link(previous, 'prev', 'Previous'),
    link(next, 'next', 'Next'),
    '</div></nav>',
  ])
}

function renderCommentForm(postId: number): string {
  return joinLines([
    '<div id="comments" class="comments-area"><div id="respond" class="comment-respond">',
    '<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>',
    `<form action="${ORIGIN}/wp-comments-post.php" method="post" id="commentform" class="comment-form">`,
    '<p class="comment-notes">Your email address will not be published. Required fields are marked <span class="required">*</span></p>',
    '<p class="comment-form-comment"><label for="comment">Comment</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>',
    '<p class="comment-form-author"><label for="author">Name <span class="required">*</span></label><input id="author" name="author" type="text" size="30" required></p>',
    '<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label><input id="email" name="email" type="email" size="30" required></p>',
    `<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"><input type="hidden" name="comment_post_ID" value="${postId}" id="comment_post_ID"></p>`,
    '</form></div></div>',
  ])
}

function renderSidebar(article: ArticleSource, all: readonly ArticleSource[]): string {
  const recent = earlierFromOutlet(article, all, 5)
  return joinLines([
    '<aside id="secondary" class="widget-area">',
    `<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="${ORIGIN}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><input type="submit" class="search-submit" value="Search"></form></section>`,
    recent.length > 0 &&
      `<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>${recent.map((a) => `<li><a href="${escapeAttr(pageUrl(a))}">${esc(a.title)}</a></li>`).join('')}</ul></section>`,
    '<section id="custom_html-3" class="widget_text widget widget_custom_html"><div class="scm-ad scm-ad--sidebar" id="scm-ad-sidebar" data-ad-slot="sidebar-300x600"></div></section>',
    '</aside>',
  ])
}

function renderFooter(year: string): string {
  return joinLines([
    '<footer id="colophon" class="site-footer">',
    `<nav class="footer-navigation"><ul id="footer-menu" class="menu"><li><a href="${ORIGIN}/about-us/">About us</a></li><li><a href="${ORIGIN}/contact/">Contact</a></li><li><a href="${ORIGIN}/privacy-policy/">Privacy Policy</a></li><li><a href="${ORIGIN}/cookie-policy/">Cookie Policy</a></li></ul></nav>`,
    `<div class="site-info">&copy; ${SITE.founded}&ndash;${year} ${SITE.name}. All rights reserved.</div>`,
    '</footer>',
  ])
}

function renderCookieBanner(): string {
  return joinLines([
    '<div id="cookie-law-info-bar" data-nosnippet="true"><span>This website uses cookies. By clicking &quot;I accept cookies&quot; you agree to the use of cookies as described in our <a href="' +
      `${ORIGIN}/cookie-policy/">Cookie Policy</a>. To disable cookies, follow the instructions in the Cookie Policy so that cookies from this website are not placed on your device. <a role="button" data-cli_action="accept" id="cookie_action_close_header" class="cli-plugin-button cli_action_button">I accept cookies</a></span></div>`,
    `<script>var CLI_ACCEPT_COOKIE_EXPIRE = 365; var cli_cookiebar_settings = ${jsonForScript({ button_1_action: '#cookie_action_close_header', notify_animate_hide: true, showagain_tab: false })};</script>`,
  ])
}
