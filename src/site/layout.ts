import { SECTIONS } from '../outlet/sections.ts'
import { slugify } from '../outlet/sections.ts'

/** Text made safe for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/** What a public page needs besides its body. */
export interface PageOptions {
  title: string
  /** Extra `<head>` markup (already safe): meta, JSON-LD, feed links. */
  head?: string
  outlet?: string
  /** Extra markup before `</body>` (already safe): the consent banner's script, when enabled. */
  tail?: string
}

const STYLE = `body{font:17px/1.55 Georgia,serif;color:#1b1b1b;margin:0}header,main,footer{max-width:44rem;margin:0 auto;padding:0 1rem}header{border-bottom:1px solid #ccc;padding-top:1rem;padding-bottom:.5rem}header a{color:#1f3a5f}nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem;font:15px system-ui,sans-serif}footer{border-top:1px solid #ccc;margin-top:3rem;font:14px system-ui,sans-serif;color:#444;padding-bottom:2rem}footer a{color:#1f3a5f}.meta{font:14px system-ui,sans-serif;color:#555}.see-also{border-top:2px solid #1f3a5f;margin-top:2rem}.see-also li{margin:.4rem 0}label{display:block;margin:.8rem 0 .2rem;font-weight:600}fieldset label{display:inline;font-weight:400;margin-right:1rem}input[type=text],input[type=email],select,textarea{width:100%;padding:.4rem;box-sizing:border-box}.problems{border:2px solid #b00020;padding:.5rem 1rem}.hp{position:absolute;left:-10000px}table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}`

/**
 * The shell of every public page of the outlet: server-rendered, no script and no cookie unless
 * optional analytics are on and the reader agreed.
 */
export function sitePage(
  { title, head = '', outlet = 'Watchdesk', tail = '' }: PageOptions,
  body: string,
): string {
  const sections = SECTIONS.map(
    (s) => `<li><a href="/site/sections/${slugify(s)}">${escapeHtml(s)}</a></li>`,
  ).join('')
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><link rel="icon" href="data:,"><title>${escapeHtml(title)}</title><style>${STYLE}</style><link rel="alternate" type="application/rss+xml" title="${escapeHtml(outlet)}" href="/site/feed.xml">${head}</head><body><header><a href="/site" style="font-weight:700;font-size:1.3rem;text-decoration:none">${escapeHtml(outlet)}</a><nav aria-label="Sections"><ul>${sections}</ul></nav></header><main>${body}</main><footer><p><a href="/site/contribute">Write for us</a> · <a href="/site/feed.xml">RSS</a> · <a href="/site/cookies">Cookies</a><span id="cookie-settings-link"></span></p></footer>${tail}</body></html>`
}
