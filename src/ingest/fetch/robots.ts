/** The rules of one robots.txt group that apply to us. */
export interface RobotsRules {
  allow: string[]
  disallow: string[]
  /** Seconds between requests, when the site asks for a delay. */
  crawlDelay: number | null
}

/**
 * Parses robots.txt for a user agent: the group naming our product token wins over `*`; within
 * it the longest matching rule decides, Allow winning a tie (RFC 9309). `*` and `$` work as
 * wildcards in paths.
 */
export function parseRobots(text: string, productToken: string): RobotsRules {
  const groups: { agents: string[]; rules: RobotsRules }[] = []
  let current: { agents: string[]; rules: RobotsRules } | null = null
  let lastWasAgent = false
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trim()
    const match = /^([A-Za-z-]+)\s*:\s*(.*)$/.exec(line)
    if (!match) {
      continue
    }
    const key = match[1]!.toLowerCase()
    const value = match[2]!.trim()
    if (key === 'user-agent') {
      if (!current || !lastWasAgent) {
        current = { agents: [], rules: { allow: [], disallow: [], crawlDelay: null } }
        groups.push(current)
      }
      current.agents.push(value.toLowerCase())
      lastWasAgent = true
      continue
    }
    lastWasAgent = false
    if (!current) {
      continue
    }
    if (key === 'allow' && value) {
      current.rules.allow.push(value)
    } else if (key === 'disallow' && value) {
      current.rules.disallow.push(value)
    } else if (key === 'crawl-delay' && Number.isFinite(Number(value))) {
      current.rules.crawlDelay = Number(value)
    }
  }
  const token = productToken.toLowerCase()
  const mine = groups.find((g) => g.agents.some((agent) => agent !== '*' && token.includes(agent)))
  return (
    (mine ?? groups.find((g) => g.agents.includes('*')))?.rules ?? {
      allow: [],
      disallow: [],
      crawlDelay: null,
    }
  )
}

/** True when the rules let us fetch the path (with its query). */
export function isAllowed(rules: RobotsRules, pathWithQuery: string): boolean {
  const longest = (patterns: string[]): number =>
    patterns.reduce(
      (best, pattern) => (matches(pattern, pathWithQuery) ? Math.max(best, pattern.length) : best),
      -1,
    )
  const allow = longest(rules.allow)
  const disallow = longest(rules.disallow)
  return disallow === -1 || allow >= disallow
}

function matches(pattern: string, path: string): boolean {
  const anchored = pattern.endsWith('$')
  const body = (anchored ? pattern.slice(0, -1) : pattern)
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*')
  return new RegExp(`^${body}${anchored ? '$' : ''}`).test(path)
}
