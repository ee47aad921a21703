/**
 * Кавказский вестник (kvs): a Russian-language regional site on 1C-Bitrix, served in
 * windows-1251 (`encodePage` writes the bytes). No structured date at all: no
 * `article:published_time`, no JSON-LD, no `<time>`, only the visible Russian dateline
 * "29 ноября 2019, 14:05". The byline "Автор: …" comes after the text; the text block holds a
 * «Читайте также:» box and ends with a Telegram promo paragraph; the page has «Другие новости»,
 * view and comment counts and a cookie notice.
 */
import type { ArticleSource, Section } from './article-source.ts'
import { escapeAttr, escapeText, joinLines } from './html.ts'
import { OUTLETS, siteOrigin } from './outlets.ts'
import { kvsElementId, pageUrl, slugify } from './page-url.ts'
import { publishedParts, type PublishedParts } from './published-parts.ts'
import {
  earlierFromOutlet,
  hasLeadImage,
  inlineSlotAfter,
  mostRead,
  resolveSlugs,
  stableHash,
  summary,
} from './template-helpers.ts'
import { encodeWindows1251 } from './windows-1251.ts'

const SITE = OUTLETS.kvs
const ORIGIN = siteOrigin('kvs')

/** Month names in the genitive, as Russian datelines write them ("29 ноября"). */
export const RU_MONTHS_GENITIVE = [
  'января',
  'февраля',
  'марта',
  'апреля',
  'мая',
  'июня',
  'июля',
  'августа',
  'сентября',
  'октября',
  'ноября',
  'декабря',
] as const

/** The site's rubric names for the corpus's section ids. */
export const KVS_RUBRICS: Readonly<Record<Section, string>> = {
  Georgia: 'Грузия',
  Armenia: 'Армения',
  Azerbaijan: 'Азербайджан',
  'North Caucasus': 'Северный Кавказ',
  Region: 'Регион',
  Opinion: 'Мнения',
}

/** `29 ноября 2019, 14:05` */
export function russianDateline(p: PublishedParts): string {
  return `${Number(p.dd)} ${RU_MONTHS_GENITIVE[Number(p.mm) - 1] ?? ''} ${p.yyyy}, ${p.hh}:${p.min}`
}

/**
 * Renders a kvs article as a complete Bitrix page. The result is a string; encode it with
 * `encodePage` before writing, as the page declares windows-1251.
 *
 * @param article the article to render; its outlet must be `kvs`
 * @param allArticles the whole corpus, for «Читайте также», «Другие новости» and «Популярное»
 */
export function renderKvsPage(
  article: ArticleSource,
  allArticles: readonly ArticleSource[],
): string {
  const url = pageUrl(article)
  const id = kvsElementId(article)
  const p = publishedParts(article)
  const rubric = KVS_RUBRICS[article.section]
  const rubricUrl = `/news/${slugify(article.section)}/`
  const views = 300 + (stableHash(`views|${article.slug}`) % 9000)
  const comments = stableHash(`comments|${article.slug}`) % 48
  const image = hasLeadImage(article)
    ? `/upload/iblock/${stableHash(`img|${article.slug}`).toString(16).padStart(8, '0').slice(0, 3)}/${id}.jpg`
    : null
  // Bitrix prints the server clock, not the publication time: a crawl some days later.
  const serverTime = Math.floor(Date.parse(article.published) / 1000) + 86_400 * (3 + (id % 200))
  const sessid = stableHash(`sessid|${article.slug}`).toString(16).padStart(8, '0')
  return joinLines([
    '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">',
    '<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="ru" lang="ru">',
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251" />',
    '<meta name="robots" content="index, follow" />',
    `<meta name="keywords" content="${escapeAttr(article.tags.join(', '))}" />`,
    `<meta name="description" content="${escapeAttr(summary(article))}" />`,
    `<link href="/bitrix/cache/css/s1/vestnik/template_${sessid}/template_${sessid}.css?${serverTime - 8_000_000}" type="text/css" rel="stylesheet" />`,
    '<script type="text/javascript">if(!window.BX)window.BX={};if(!window.BX.message)window.BX.message=function(mess){if(typeof mess==\'object\') for(var i in mess) BX.message[i]=mess[i]; return true;};</script>',
    `<script type="text/javascript">(window.BX||top.BX).message({'LANGUAGE_ID':'ru','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'10800','SITE_ID':'s1','SITE_DIR':'/','USER_ID':'','SERVER_TIME':'${serverTime}','USER_TZ_OFFSET':'0','USER_TZ_AUTO':'Y','bitrix_sessid':'${sessid}'});</script>`,
    '<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1617189346260968"></script>',
    `<title>${escapeText(article.title)} - Новости - ${SITE.name}</title>`,
    `<meta property="og:title" content="${escapeAttr(article.title)}" />`,
    `<meta property="og:url" content="${escapeAttr(url)}" />`,
    `<meta property="og:site_name" content="${SITE.name}" />`,
    image && `<meta property="og:image" content="${ORIGIN}${image}" />`,
    `<link rel="canonical" href="${escapeAttr(url)}" />`,
    '<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />',
    '</head>',
    '<body>',
    '<div id="panel"></div>',
    '<div class="wrapper">',
    renderHeader(article.section),
    `<div class="breadcrumbs"><a href="/" title="Главная">Главная</a> &raquo; <a href="/news/" title="Новости">Новости</a> &raquo; <a href="${rubricUrl}" title="${rubric}">${rubric}</a></div>`,
    '<div class="content-wrap"><div class="main-col">',
    `<div class="news-detail" id="bx_${stableHash(`bx|${id}`) % 1_000_000_000}_${id}">`,
    `<span class="news-date-time">${russianDateline(p)}</span>`,
    `<h1>${escapeText(article.title)}</h1>`,
    `<div class="news-info"><span class="news-rubric"><a href="${rubricUrl}">${rubric}</a></span> <span class="news-views">Просмотров: ${views}</span> <a class="news-comments-count" href="#comments">Комментарии: ${comments}</a></div>`,
    image &&
      `<img class="detail_picture" border="0" src="${image}" width="640" height="360" alt="${escapeAttr(article.title)}" title="${escapeAttr(article.title)}" />`,
    '<div class="news-detail-text">',
    renderBody(article, allArticles),
    '</div>',
    article.byline !== null &&
      `<div class="news-author">Автор: <a href="/authors/${slugify(transliterate(article.byline))}/">${escapeText(article.byline)}</a></div>`,
    article.tags.length > 0 &&
      `<div class="news-tags">Теги: ${article.tags.map((t) => `<a href="/search/?tags=${percentEncode1251(t)}">${escapeText(t)}</a>`).join(', ')}</div>`,
    '<div class="share-block">Поделиться: <div class="ya-share2" data-services="vkontakte,odnoklassniki,telegram,whatsapp"></div></div>',
    '<div class="print-link"><a href="?print=Y" rel="nofollow">Версия для печати</a></div>',
    '</div>',
    renderOtherNews(article, allArticles),
    `<div class="comments" id="comments"><h3>Комментарии (${comments})</h3><p>Чтобы оставить комментарий, <a href="/auth/">авторизуйтесь</a> или <a href="/auth/?register=yes">зарегистрируйтесь</a>.</p></div>`,
    '</div>',
    renderRightColumn(article, allArticles),
    '</div>',
    `<div class="footer"><p>&copy; ${SITE.founded}&ndash;${p.yyyy} &laquo;${SITE.name}&raquo;. Все права защищены. При полном или частичном использовании материалов ссылка на ${SITE.domain} обязательна.</p><p><a href="/about/">О проекте</a> | <a href="/contacts/">Контакты</a> | <a href="/advert/">Реклама</a> | <a href="/privacy/">Политика конфиденциальности</a></p><span class="age-mark">18+</span></div>`,
    '</div>',
    '<div class="cookie-notice" id="cookie-notice"><p>Мы используем файлы cookie, чтобы сайт работал удобнее. Продолжая пользоваться сайтом, вы соглашаетесь с <a href="/privacy/">политикой конфиденциальности</a>.</p><button type="button" class="cookie-notice__ok">Хорошо</button></div>',
    '<script type="text/javascript">(function(m,e,t,r,i,k,a){m[i]=m[i]||function(){(m[i].a=m[i].a||[]).push(arguments)};m[i].l=1*new Date();k=e.createElement(t),a=e.getElementsByTagName(t)[0],k.async=1,k.src=r,a.parentNode.insertBefore(k,a)})(window, document, "script", "https://mc.yandex.ru/metrika/tag.js", "ym");ym(10000001, "init", {clickmap:true, trackLinks:true, accurateTrackBounce:true});</script>',
    '</body>',
    '</html>',
    '',
  ])
}

/**
 * Text as Bitrix's visual editor saves it: `&laquo;`, `&raquo;` and `&mdash;` as named
 * entities. The decoded text is unchanged.
 */
function escapeRu(text: string): string {
  const named: Readonly<Record<string, string>> = { '«': '&laquo;', '»': '&raquo;', '—': '&mdash;' }
  return escapeText(text).replace(/[«»—]/g, (ch) => named[ch] ?? ch)
}

function renderBody(article: ArticleSource, all: readonly ArticleSource[]): string {
  const also = article.readAlso ?? article.seeAlso[0]
  const target = also === undefined ? undefined : resolveSlugs(article, [also], all)[0]
  const boxAfter = target === undefined ? -1 : inlineSlotAfter(article.body, 2)
  return joinLines([
    ...article.body.flatMap((block, i) => [
      typeof block === 'string' ? `<p>${escapeRu(block)}</p>` : `<h3>${escapeRu(block.h)}</h3>`,
      i === boxAfter &&
        target !== undefined &&
        `<div class="read-also-box"><b>Читайте также:</b> <a href="${escapeAttr(pageUrl(target))}">${escapeRu(target.title)}</a></div>`,
    ]),
    // Editors paste the promo into the text itself, as a plain paragraph.
    '<p><b>Подписывайтесь на наш <a href="https://t.me/kavkazvestnik_example" target="_blank">Telegram-канал</a></b>, чтобы первыми узнавать главные новости Кавказа.</p>',
  ])
}

function renderHeader(section: Section): string {
  const menu = (Object.keys(KVS_RUBRICS) as Section[]).map(
    (s) =>
      `<li${s === section ? ' class="selected"' : ''}><a href="/news/${slugify(s)}/">${KVS_RUBRICS[s]}</a></li>`,
  )
  return joinLines([
    '<div class="header">',
    '<div class="top-line">Махачкала &middot; Грозный &middot; Нальчик &middot; Владикавказ &middot; Тбилиси &middot; Ереван &middot; Баку</div>',
    `<div class="logo"><a href="/"><img src="/bitrix/templates/vestnik/images/logo.png" alt="${SITE.name}" width="260" height="48" /></a><span class="slogan">Новости Кавказа и Закавказья</span></div>`,
    `<div class="top-menu"><ul><li><a href="/news/">Все новости</a></li>${menu.join('')}</ul></div>`,
    '<form class="search-form" action="/search/index.php"><input type="text" name="q" value="" placeholder="Поиск по сайту" /><input name="s" type="submit" value="Найти" /></form>',
    '</div>',
  ])
}

function shortDate(a: ArticleSource): string {
  const ap = publishedParts(a)
  return `${ap.dd}.${ap.mm}.${ap.yyyy}`
}

function renderOtherNews(article: ArticleSource, all: readonly ArticleSource[]): string | false {
  const linked = resolveSlugs(article, article.seeAlso, all)
  const earlier = earlierFromOutlet(article, all, 4).filter((a) => !linked.includes(a))
  const items = [...linked, ...earlier]
  if (items.length === 0) {
    return false
  }
  return `<div class="other-news"><h3>Другие новости</h3><ul>${items.map((a) => `<li><span class="date">${shortDate(a)}</span> <a href="${escapeAttr(pageUrl(a))}">${escapeRu(a.title)}</a></li>`).join('')}</ul></div>`
}

function renderRightColumn(article: ArticleSource, all: readonly ArticleSource[]): string {
  const popular = mostRead(article, all, 5).filter((a) => a.outlet === 'kvs')
  return joinLines([
    '<div class="right-col">',
    '<div class="banner" id="banner-240x400"><!-- banner --></div>',
    popular.length > 0 &&
      `<div class="popular"><h3>Популярное</h3><ol>${popular.map((a) => `<li><a href="${escapeAttr(pageUrl(a))}">${escapeRu(a.title)}</a></li>`).join('')}</ol></div>`,
    '<div class="subscribe-box">Подписывайтесь на нас: <a href="https://vk.com/kavkazvestnik_example">ВКонтакте</a> <a href="https://t.me/kavkazvestnik_example">Telegram</a> <a href="https://dzen.ru/kavkazvestnik_example">Дзен</a></div>',
    '</div>',
  ])
}

/** A query value as a windows-1251 site's links carry it: `ОДКБ` → `%CE%C4%CA%C1`. */
function percentEncode1251(text: string): string {
  return [...encodeWindows1251(text)]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('')
}

const TRANSLIT: Readonly<Record<string, string>> = Object.fromEntries<string>([
  ...Array.from('абвгдезийклмнопрстуфыэ', (c, i): [string, string] => [
    c,
    'abvgdezijklmnoprstufye'.charAt(i),
  ]),
  ['ё', 'e'],
  ['ж', 'zh'],
  ['х', 'kh'],
  ['ц', 'ts'],
  ['ч', 'ch'],
  ['ш', 'sh'],
  ['щ', 'shch'],
  ['ъ', ''],
  ['ь', ''],
  ['ю', 'yu'],
  ['я', 'ya'],
])

/** Cyrillic to Latin for author page URLs ("Мадина Алиева" → "madina alieva"). */
function transliterate(text: string): string {
  return Array.from(text.toLowerCase(), (c) => TRANSLIT[c] ?? c).join('')
}
