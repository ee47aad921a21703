import { normalizeSpace, type ElementNode, type LightNode } from './light-dom.ts'

/**
 * Finds the article body in a page's light tree and returns it as text blocks.
 *
 * Workflow:
 * 1. Prune: drop elements that never hold article text (navigation, forms, asides, captions)
 *    and elements whose class or id reads as clutter (cookie, share, related, newsletter …)
 *    unless it also reads as content.
 * 2. Score: every text block (paragraph, heading, list item, text-bearing div) gives its parent
 *    and grandparent a score from its length and commas, discounted by link density.
 * 3. Choose the best-scoring container, climbing to an ancestor that holds almost as much.
 * 4. Emit the container's blocks in document order, skipping link lists and boilerplate lines
 *    ("Read also: …", "Share", "Advertisement") but keeping a short link line set between two
 *    paragraphs, and dropping a long paragraph printed twice.
 * Returns an empty list when nothing looks like an article.
 */
export function extractBodyBlocks(root: ElementNode, title: string | null = null): string[] {
  const stats: TextStats = new Map()
  measure(root, stats, false)
  const blocks: Block[] = []
  collectBlocks(root, blocks, false, stats)
  if (blocks.length === 0) {
    return []
  }
  const containers = chooseContainer(blocks)
  const headline = blocks.find((block) => block.element.tag === 'h1')?.element
  const titleKey = title ? comparable(title) : null
  const inside = blocks.filter((block) => containers.some((c) => isInside(block.element, c)))
  const chosen = inside.filter(
    (block, i) =>
      keepBlock(block, headline, isLinkAmidProse(inside, i, headline)) &&
      // The headline repeated in the container under another tag.
      comparable(block.text) !== titleKey,
  )
  return mergeSplitBlocks(chosen)
}

interface Block {
  element: ElementNode
  text: string
  linkChars: number
  heading: boolean
  /** How much the block reads as article text; computed once, summed over containers often. */
  score: number
}

const NEVER_CONTENT = new Set([
  'head',
  'script',
  'nav',
  'aside',
  'button',
  'select',
  'input',
  'textarea',
  'label',
  'figcaption',
  'footer',
  'menu',
  'dialog',
  'video',
  'audio',
  'canvas',
  'map',
  'picture',
  'title',
])

/** An inline style that keeps the element off the screen: a microdata copy of the article, say. */
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i
/**
 * The blockquote that the platforms' embed codes put in a page: a post quoted in the story,
 * kept as text when the page is read without scripts.
 */
const EMBEDDED_POST =
  /(^|\s)(?:twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-xfbml-parse-ignore|reddit-card|bluesky-embed|telegram-post)(\s|$)/i
/** Class or id words of elements that are never the article, however much text they hold. */
const CLUTTER =
  /(^|[\s_-])(cookie|consent|gdpr|share|sharing|social|related\w*|recommend|newsletter|subscri|signup|promo|banner|sponsor|breadcrumb|comments?|disqus|popular|most-?read|trending|tags?|tag-?list|byline|author|dateline|footer|navbar|menu|nav|pagination|pager|print|toolbar|modal|popup|overlay|read-?also|read-?more|see-?also|more-?stories|caption|credit|sr-only|visually-hidden|skip|sharedaddy|jp-relatedposts|wpcnt|likes-widget|read-?time|postinfo|submeta|recirculation|trust-?badge|ticker|breaking-?news|latest-?news)($|[\s_-])/i
/** Ad slots: "ad", "ads", "advert…" as the first word of a class, never "-ad-" inside one ("non-ad-column"). */
const AD_MARKER = /(^|\s)(?:ads?|advert\w*|adslot|dfp|gpt-ad)(?:[-_\s]|$)/i
/** Class words that mark clutter only on small or link-heavy elements: page builders put them on article wrappers too. */
const WEAK_CLUTTER =
  /(^|[\s_-])(header|masthead|widget|sidebar|meta|hidden|aside|teaser|image|photo|gallery|slideshow|slider|carousel|video)($|[\s_-])/i
const CONTENT =
  /(^|[\s_-])(article|body|content|entry|main|post|story|text|prose|rich-?text)($|[\s_-])/i
const BLOCK_TAGS = new Set([
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'blockquote',
  'pre',
  'td',
  'dd',
  'dt',
])
const CONTAINER_TAGS = new Set([
  'div',
  'section',
  'article',
  'main',
  'body',
  'td',
  'span',
  'font',
  'center',
])
/** Wrappers that lay out a page rather than a paragraph. */
const SECTIONING = new Set(['div', 'section', 'article', 'main', 'header', 'table', 'ul', 'ol'])
/** Page-level elements whose class names describe the page, not the element's role. */
const STRUCTURAL = new Set(['html', 'body', 'main', 'article'])
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
const CAPTION =
  /^in this (?:[\w.,\s]{0,40})?(?:file )?photo\b|\((?:AP|AFP|Reuters|Getty Images|EPA)(?: Photo)?\/[^)]*\)$|^(?:photo|image|credit|фото):\s/i
const DATELINE =
  /^(?:(?:updated|published|posted|last updated|publicado|atualizado|обновлено|опубликовано)\b(?: (?:at|on|by|em|por))?|by [\p{Lu}][\p{L}.'-]+(?: [\p{Lu}][\p{L}.'-]+){0,3}$|(?:mon|tues|wednes|thurs|fri|satur|sun)day,? \w+ \d{1,2},? \d{4}$)/iu
const BARE_VALUE =
  /^(?:\S+@\S+\.\w+|(?:https?:\/\/|www\.|twitter\.com\/)\S+|@\w+|\d{4}-\d{2}-\d{2}T[\d:.+-]+Z?)$/i
const BOILERPLATE =
  /^[[(]?(read (also|more)|see (also|more(?=:\s))|related( articles| stories)?|share( this)?|advert(isement)?|subscribe|this slideshow requires|follow us|sign up|click here|also read|recommended|more on this|tags?|like this|loading\.\.\.|sharing is caring|you may also like|comments?$|trending( news)?$|more great|our standards|topics$|don't miss|filed under|tell us what you think|like this story|click to tweet|explore further|learn more$|partner news$|most popular|latest news$|top stories$|caption$|close$|image \d+ of \d+$)\b/i

/**
 * Notices a site prints inside the article container: calls for contributors, newsletter and
 * membership pitches, cookie notices, copyright lines, and the credit lines that close wire
 * copy ("Reporting by …; Editing by …", "… contributed to this report"), whose names are the
 * newsroom's, not the story's. Matched on short blocks only.
 */
const SITE_NOTICE =
  /\b(?:seeks?|looking for|is hiring|we are hiring)\s+(?:local\s+|freelance\s+|new\s+)?(?:specialists|contributors|correspondents|journalists|freelancers|authors|writers)\b|\bsend (?:us )?(?:your )?(?:CV|résumé|resume)\b|\bcover letter and (?:a )?writing sample\b|\b(?:subscribe|sign up) (?:to|for) our (?:newsletter|mailing list|daily)\b|\b(?:this|our) (?:website|site) uses cookies\b|\bAll rights reserved\b|\bfollow us on (?:Facebook|Twitter|Telegram|Instagram|X)\b|\bhave a tip\?|\bmay be reached at\b|\bget the latest [^.]{0,40}\b(?:in|to) your inbox\b|\bsubscribe to [^.]{0,40}newsletter|\bsign up for (?:the|our) [^.]{0,40}newsletter|\bstart your day with\b|\bfollow @\w+|\bfull coverage of\b[^.]{0,80}https?:|^more AP [\w ]{1,30}:|^\(?(?:additional )?reporting by\b|\bcontributed (?:reporting|to this (?:report|story|article))\b|\bdelivered (?:to|through|straight to) your (?:inbox|letterbox|mailbox)\b|^if you (?:enjoyed|liked) this (?:article|story|post)\b|подписывайтесь на наш|читайте (?:также|нас)|мы используем (?:файлы )?cookie/iu

function isClutter(element: ElementNode, stats: TextStats): boolean {
  if (NEVER_CONTENT.has(element.tag)) {
    return true
  }
  const marker = `${element.attrs.class ?? ''} ${element.attrs.id ?? ''}`
  if (
    element.attrs.hidden !== undefined ||
    element.attrs['aria-hidden'] === 'true' ||
    HIDDEN_STYLE.test(element.attrs.style ?? '')
  ) {
    return true
  }
  if (element.tag === 'article' && isTeaserCard(element, stats)) {
    return true
  }
  if (element.tag === 'header' && !CONTENT.test(marker)) {
    return isSmall(element, stats)
  }
  // schema.org microdata names the article body outright: it and its ancestors stay. So does
  // the wrapper of an embedded post, however "social" its class: the post is quoted in the story.
  const own = stats.get(element)
  if (
    marker.length < 2 ||
    STRUCTURAL.has(element.tag) ||
    CONTENT.test(marker) ||
    own?.holdsBody ||
    own?.holdsPost
  ) {
    return false
  }
  return (
    CLUTTER.test(marker) ||
    AD_MARKER.test(marker) ||
    (WEAK_CLUTTER.test(marker) && isSmall(element, stats))
  )
}

/**
 * A small `<article>` inside an article that holds two or more of them: a card of the "more
 * stories" strip a template puts inside the story's own `<article>`. A large one is the story
 * itself, nested in a page-wide `<article>`.
 */
function isTeaserCard(element: ElementNode, stats: TextStats): boolean {
  if (stats.get(element)?.holdsBody || !isSmall(element, stats)) {
    return false
  }
  for (let node = element.parent; node; node = node.parent) {
    if (node.tag === 'article') {
      return (stats.get(node)?.articles ?? 0) >= 3
    }
  }
  return false
}

/** Characters of text below each element, and how many of them are link text. */
type TextStats = Map<ElementNode, ElementStats>

interface ElementStats {
  text: number
  link: number
  /** The element is, or holds, the `itemprop="articleBody"` element. */
  holdsBody: boolean
  /** The element is, or holds, an embedded social post (see {@link EMBEDDED_POST}). */
  holdsPost: boolean
  /** How many `<article>` elements the element is or holds. */
  articles: number
}

function measure(node: ElementNode, stats: TextStats, inLink: boolean): ElementStats {
  let text = 0
  let link = 0
  let holdsBody = node.attrs.itemprop === 'articleBody'
  let holdsPost = node.tag === 'blockquote' && EMBEDDED_POST.test(node.attrs.class ?? '')
  let articles = node.tag === 'article' ? 1 : 0
  for (const child of node.children) {
    if (child.type === 'text') {
      const length = child.text.trim().length
      text += length
      link += inLink ? length : 0
    } else {
      const inner = measure(child, stats, inLink || child.tag === 'a')
      text += inner.text
      link += inner.link
      holdsBody ||= inner.holdsBody
      holdsPost ||= inner.holdsPost
      articles += inner.articles
    }
  }
  const result = { text, link, holdsBody, holdsPost, articles }
  stats.set(node, result)
  return result
}

/** Little text, or mostly links: what a widget or a header holds, not an article. */
function isSmall(element: ElementNode, stats: TextStats): boolean {
  const s = stats.get(element)
  return !s || s.text < 600 || s.link / s.text > 0.4
}

/** Walks the tree, turning each block-level element with its own text into a Block. */
function collectBlocks(
  node: ElementNode,
  out: Block[],
  insideBlock: boolean,
  stats: TextStats,
): void {
  const isBlock = !insideBlock && (BLOCK_TAGS.has(node.tag) || hasOwnText(node))
  if (isBlock) {
    for (const piece of blockTexts(node, stats)) {
      out.push(piece)
    }
    return
  }
  for (const child of node.children) {
    if (child.type === 'element' && !isClutter(child, stats)) {
      collectBlocks(child, out, insideBlock, stats)
    }
  }
}

/** True when a container element carries text of its own, not only through block children. */
function hasOwnText(node: ElementNode): boolean {
  if (!CONTAINER_TAGS.has(node.tag)) {
    return false
  }
  for (const child of node.children) {
    if (child.type === 'text' && child.text.trim().length > 0) {
      return true
    }
  }
  return false
}

/** The text of one block, split at <br><br> and nested block elements. */
function blockTexts(element: ElementNode, stats: TextStats): Block[] {
  const pieces: Block[] = []
  let text = ''
  let linkChars = 0
  const flush = (): void => {
    const clean = normalizeSpace(text)
    if (clean.length > 0) {
      const heading = HEADINGS.has(element.tag)
      pieces.push({
        element,
        text: clean,
        linkChars,
        heading,
        score: blockScore(clean, linkChars, heading),
      })
    }
    text = ''
    linkChars = 0
  }
  const visit = (node: LightNode, inLink: boolean): void => {
    if (node.type === 'text') {
      text += node.text
      if (inLink) {
        linkChars += node.text.trim().length
      }
      return
    }
    if (isClutter(node, stats)) {
      return
    }
    if (node.tag === 'br') {
      flush()
      return
    }
    // A layout wrapper under a block with stray text of its own (a leftover tracking-pixel
    // string straight under <body>, say) is walked as a tree of its own, so its paragraphs
    // keep their own elements and the container choice still sees the page's structure.
    if (SECTIONING.has(node.tag)) {
      flush()
      collectBlocks(node, pieces, false, stats)
      return
    }
    const breaks = BLOCK_TAGS.has(node.tag)
    if (breaks) {
      flush()
    }
    for (const child of node.children) {
      visit(child, inLink || node.tag === 'a')
    }
    if (breaks) {
      flush()
    }
  }
  // A teaser card wraps its whole paragraph in the link: all of it is link text.
  const linked = insideLink(element)
  for (const child of element.children) {
    visit(child, linked)
  }
  flush()
  return pieces
}

function insideLink(element: ElementNode): boolean {
  for (let node = element.parent; node; node = node.parent) {
    if (node.tag === 'a') {
      return true
    }
  }
  return false
}

function blockScore(text: string, linkChars: number, heading: boolean): number {
  if (text.length < 25 || heading) {
    return 0
  }
  const commas = (text.match(/[,，、،]/g) ?? []).length
  const linkDensity = linkChars / text.length
  return (1 + commas + Math.min(text.length / 100, 3)) * (1 - linkDensity)
}

/** The summed score of the blocks inside an element. */
function scoreInside(element: ElementNode, blocks: readonly Block[]): number {
  return blocks.reduce(
    (sum, block) => sum + (isInside(block.element, element) ? block.score : 0),
    0,
  )
}

/** Gives each block's score to its ancestors and returns the best container. */
function chooseContainer(blocks: Block[]): ElementNode[] {
  const scores = new Map<ElementNode, number>()
  for (const block of blocks) {
    const score = block.score
    if (score === 0) {
      continue
    }
    let ancestor: ElementNode | null = block.element
    let level = 0
    while (ancestor && level < 4) {
      const share = level === 0 ? 1 : level === 1 ? 0.5 : 1 / (level * 3)
      scores.set(ancestor, (scores.get(ancestor) ?? 0) + score * share)
      ancestor = ancestor.parent
      level++
    }
  }
  let best: ElementNode | null = null
  let bestScore = 0
  for (const [element, score] of scores) {
    if (score > bestScore) {
      best = element
      bestScore = score
    }
  }
  if (!best) {
    return [blocks[0]?.element.parent ?? blocks[0]!.element]
  }
  // A block's own element is rarely the container: use its parent.
  if (BLOCK_TAGS.has(best.tag) && best.parent) {
    best = best.parent
  }
  // Climb while an ancestor holds much more article text than the candidate alone. Wrappers
  // that add nothing are passed through, so a column nested in a single-child div still
  // reaches the element that holds its sibling columns.
  let own = scoreInside(best, blocks)
  let probe = best
  // The page body is never the article when a smaller candidate exists: above it lie teasers.
  while (probe.parent && !PAGE_LEVEL.has(probe.parent.tag)) {
    probe = probe.parent
    const probeTotal = scoreInside(probe, blocks)
    if (probeTotal >= own * 1.5) {
      best = probe
      own = probeTotal
    } else if (probeTotal > own * 1.02) {
      break
    }
  }
  return [best, ...siblingContainers(best, blocks, own)]
}

/**
 * Siblings of the container that carry article text of their own: the next "card" or column
 * of the same story. Taken when they score a tenth of the container, or share its class.
 */
function siblingContainers(
  container: ElementNode,
  blocks: Block[],
  containerScore: number,
): ElementNode[] {
  const parent = container.parent
  if (!parent || PAGE_LEVEL.has(parent.tag)) {
    return []
  }
  const out: ElementNode[] = []
  for (const sibling of parent.children) {
    if (sibling.type !== 'element' || sibling === container) {
      continue
    }
    const score = scoreInside(sibling, blocks)
    const sameClass =
      sibling.attrs.class !== undefined && sibling.attrs.class === container.attrs.class
    if (
      score > 0 &&
      (score >= containerScore * 0.1 ||
        (sameClass && score >= 3) ||
        isParagraphLike(sibling, blocks))
    ) {
      out.push(sibling)
    }
  }
  return out
}

/** Where climbing and sibling search stop: above these lies the whole page. */
const PAGE_LEVEL = new Set(['#root', 'html', 'body'])

/** A lone paragraph beside the container: a lead paragraph before a paywall wrapper, say, or CNN's leading paragraph divs. */
function isParagraphLike(element: ElementNode, blocks: Block[]): boolean {
  const block = blocks.find((b) => b.element === element)
  return (
    block !== undefined && block.text.length >= 80 && block.linkChars / block.text.length < 0.25
  )
}

function comparable(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function isInside(element: ElementNode, container: ElementNode): boolean {
  let node: ElementNode | null = element
  while (node) {
    if (node === container) {
      return true
    }
    node = node.parent
  }
  return false
}

/** Mostly capital letters: a linked headline in the house style of inline teasers. */
function isShouted(text: string): boolean {
  const upper = (text.match(/\p{Lu}/gu) ?? []).length
  const lower = (text.match(/\p{Ll}/gu) ?? []).length
  return upper > 2 * lower
}

/** Longer linked text is a teaser's summary, not a pointer. */
const LINK_LINE_MAX = 100

function isLinkDense(block: Block): boolean {
  return block.linkChars / block.text.length > 0.5
}

/**
 * A link-dense line set between two kept prose paragraphs: the story's own pointer to a source
 * or a shop ("Get it at …", a link it cites), not a link list, which comes in runs. A headline
 * in capitals linked there is an inline teaser all the same.
 */
function isLinkAmidProse(
  blocks: readonly Block[],
  i: number,
  headline: ElementNode | undefined,
): boolean {
  const block = blocks[i]!
  if (!isLinkDense(block) || block.text.length > LINK_LINE_MAX || isShouted(block.text)) {
    return false
  }
  const prose = (other: Block | undefined): boolean =>
    other !== undefined && other.score > 0 && !isLinkDense(other) && keepBlock(other, headline)
  return prose(blocks[i - 1]) && prose(blocks[i + 1])
}

/** `amidProse`: the block is a link line between prose paragraphs (see {@link isLinkAmidProse}). */
function keepBlock(block: Block, headline: ElementNode | undefined, amidProse = false): boolean {
  // The headline is the record's title, not part of its body; later <h1>s are subheadings.
  if (block.element === headline) {
    return false
  }
  // Captions that escaped their <figure>: "In this file photo …", "(AP Photo/…)".
  if (block.text.length < 400 && CAPTION.test(block.text)) {
    return false
  }
  // A dateline or a byline printed inside the container: "Updated at 1:23 p.m.", "Published by …".
  if (block.text.length < 100 && DATELINE.test(block.text)) {
    return false
  }
  // A bare value: an e-mail, a URL, a handle, a number or a timestamp left by microdata. A
  // linked URL amid the prose is a source the story cites.
  if (BARE_VALUE.test(block.text) && !amidProse) {
    return false
  }
  // Unrendered CMS shortcodes: "[button link=…]".
  if (/^\[\/?[a-z_]+(?:\s[^\]]*)?\]/i.test(block.text)) {
    return false
  }
  if (isLinkDense(block) && !amidProse) {
    return false
  }
  // Markup printed as text: an escaped tracking pixel or a template left unrendered.
  if (/^<\/?[a-z][^>]*>/i.test(block.text)) {
    return false
  }
  if (BOILERPLATE.test(block.text) && block.text.length < 160) {
    return false
  }
  return !(block.text.length < 600 && SITE_NOTICE.test(block.text))
}

/** Paragraphs this long printed twice are a template's second copy, not the writer's choice. */
const REPEAT_MIN = 300

/**
 * Drops a long paragraph printed a second time (a mobile and a desktop copy of the same lead).
 * Shorter lines repeat on purpose and stay: a table's cells, a meal plan's recurring steps, the
 * same subheading over each part of a list.
 */
function mergeSplitBlocks(blocks: Block[]): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const block of blocks) {
    if (block.text.length >= REPEAT_MIN && seen.has(block.text)) {
      continue
    }
    seen.add(block.text)
    out.push(block.text)
  }
  return out
}
