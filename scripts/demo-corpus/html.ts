/**
 * Escaping helpers for the demo-corpus templates. Templates build HTML as strings, so every piece
 * of article text must pass through one of these before it lands in markup.
 */

const TEXT_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for an HTML text node: `&`, `<` and `>` become entities; quotes stay as written.
 *
 * @example escapeText('AT&T <b>') // 'AT&amp;T &lt;b&gt;'
 */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (ch) => TEXT_ESCAPES[ch] ?? ch)
}

/**
 * Escapes text for a quoted attribute value (either quote style): `&`, `<`, `>`, `"` and `'`.
 *
 * @example `<a title="${escapeAttr('Say "hi"')}">` // title="Say &quot;hi&quot;"
 */
export function escapeAttr(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => TEXT_ESCAPES[ch] ?? ch)
}

/**
 * Serialises a value as JSON that is safe inside `<script>`: `<`, `>` and `&` become `\u003c`
 * etc., so a headline containing `</script>` cannot close the element early.
 */
export function jsonForScript(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(
    /[<>&\u2028\u2029]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
}

/**
 * Escapes text as {@link escapeText} does, then writes typographic punctuation as numeric
 * entities (`’` → `&#8217;`), as WordPress's texturizer leaves it in saved pages. The decoded
 * text is unchanged.
 */
export function escapeTextWithEntities(text: string): string {
  return escapeText(text).replace(/[\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0]/g, (ch) => {
    return `&#${ch.charCodeAt(0)};`
  })
}

/**
 * Joins markup fragments one per line, dropping `false`, `null` and `undefined` so optional parts
 * can be written inline as `cond && '<div>…</div>'`.
 */
export function joinLines(parts: readonly (string | false | null | undefined)[]): string {
  return parts.filter((p): p is string => typeof p === 'string').join('\n')
}
