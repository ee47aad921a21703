/* eslint-disable no-console -- the logger is the one place that writes to the console */

/** Minimal levelled logger; `WATCHDESK_LOG=debug|info|warn|error|silent` sets the level. */
const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
type Level = (typeof LEVELS)[number]

function enabled(level: Level): boolean {
  const configured = (process.env.WATCHDESK_LOG ?? 'info') as Level
  return LEVELS.indexOf(level) >= Math.max(0, LEVELS.indexOf(configured))
}

/** Writes to stderr so that command output on stdout stays machine-readable. */
export const logger = {
  debug: (message: string): void => void (enabled('debug') && console.error(message)),
  info: (message: string): void => void (enabled('info') && console.error(message)),
  warn: (message: string): void => void (enabled('warn') && console.error(`warning: ${message}`)),
  error: (message: string): void => void (enabled('error') && console.error(`error: ${message}`)),
}
