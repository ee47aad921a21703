/* eslint-disable no-console -- the logger is the one place that writes to the console */

/**
 * Minimal levelled logger. `WATCHDESK_LOG=debug|info|warn|error|silent` sets the level;
 * `WATCHDESK_LOG_FORMAT=json` writes one JSON object per line (`time`, `level`, `msg`) for log
 * collectors instead of plain lines.
 */
const LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const
type Level = (typeof LEVELS)[number]

function enabled(level: Level): boolean {
  const configured = (process.env.WATCHDESK_LOG ?? 'info') as Level
  return LEVELS.indexOf(level) >= Math.max(0, LEVELS.indexOf(configured))
}

/** Writes to stderr so that command output on stdout stays machine-readable. */
export const logger = {
  debug(message: string): void {
    write('debug', message)
  },
  info(message: string): void {
    write('info', message)
  },
  warn(message: string): void {
    write('warn', message)
  },
  error(message: string): void {
    write('error', message)
  },
}

function write(level: Level, message: string): void {
  if (!enabled(level)) {
    return
  }
  if (process.env.WATCHDESK_LOG_FORMAT === 'json') {
    console.error(JSON.stringify({ time: new Date().toISOString(), level, msg: message }))
    return
  }
  console.error(
    level === 'warn' || level === 'error'
      ? `${level === 'warn' ? 'warning' : 'error'}: ${message}`
      : message,
  )
}
