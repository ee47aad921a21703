import { Parser } from 'htmlparser2'

/** An element of the light tree: tag, attributes and children, nothing else. */
export interface ElementNode {
  readonly type: 'element'
  readonly tag: string
  readonly attrs: Readonly<Record<string, string>>
  readonly children: LightNode[]
  readonly parent: ElementNode | null
}

/** A run of decoded text. */
export interface TextNode {
  readonly type: 'text'
  text: string
}

export type LightNode = ElementNode | TextNode

/**
 * Deeper nesting than this is flattened into the element at the limit: no news page nests so
 * deep, and recursive passes over a 10,000-deep tree would exhaust the stack.
 */
export const MAX_DEPTH = 400

/** Elements whose content never reaches the tree (JSON-LD scripts are kept for metadata). */
const SKIPPED_CONTENT = new Set([
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
])

/**
 * Parses HTML into a light tree with htmlparser2's tokenizer. A full DOM costs several times
 * more and extraction needs only tags, attributes, text and parent links.
 *
 * @example
 * const root = parseHtml('<p>Hello <b>world</b></p>')
 */
export function parseHtml(html: string): ElementNode {
  const root: ElementNode = { type: 'element', tag: '#root', attrs: {}, children: [], parent: null }
  let current = root
  let depth = 0
  let flattened = 0
  let skipDepth = 0
  let keepScript = false

  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (skipDepth > 0 || SKIPPED_CONTENT.has(name)) {
          skipDepth++
          return
        }
        if (name === 'script') {
          keepScript = (attrs.type ?? '').toLowerCase().includes('ld+json')
          if (!keepScript) {
            skipDepth++
            return
          }
        }
        if (depth >= MAX_DEPTH) {
          flattened++
          return
        }
        const element: ElementNode = {
          type: 'element',
          tag: name,
          attrs,
          children: [],
          parent: current,
        }
        current.children.push(element)
        current = element
        depth++
      },
      ontext(text) {
        if (skipDepth > 0) {
          return
        }
        const last = current.children[current.children.length - 1]
        if (last?.type === 'text') {
          last.text += text
        } else {
          current.children.push({ type: 'text', text })
        }
      },
      onclosetag(name) {
        if (skipDepth > 0) {
          skipDepth--
          return
        }
        if (flattened > 0) {
          flattened--
          return
        }
        if (current.tag === name && current.parent) {
          current = current.parent
          depth--
        }
      },
    },
    {
      decodeEntities: true,
      lowerCaseTags: true,
      lowerCaseAttributeNames: true,
      recognizeSelfClosing: true,
    },
  )
  parser.write(html)
  parser.end()
  return root
}

/** Calls `visit` on every element below `node`, depth first, in document order. */
export function walkElements(node: ElementNode, visit: (element: ElementNode) => void): void {
  for (const child of node.children) {
    if (child.type === 'element') {
      visit(child)
      walkElements(child, visit)
    }
  }
}

/** The concatenated text below `node`, whitespace as in the source. */
export function textContent(node: LightNode): string {
  if (node.type === 'text') {
    return node.text
  }
  let out = ''
  for (const child of node.children) {
    out += textContent(child)
  }
  return out
}

/** Collapses runs of whitespace to one space and trims. */
export function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
