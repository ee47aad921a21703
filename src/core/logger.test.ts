import { afterEach, describe, expect, it, vi } from 'vitest'
import { logger } from './logger.ts'

describe('logger', () => {
  afterEach(() => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
  })

  it('writes plain lines by default and JSON lines when asked, to stderr', () => {
    const lines: unknown[] = []
    vi.spyOn(console, 'error').mockImplementation((line: unknown) => lines.push(line))
    vi.stubEnv('WATCHDESK_LOG', 'info')
    logger.warn('feed is silent')
    vi.stubEnv('WATCHDESK_LOG_FORMAT', 'json')
    logger.info('polled 3 sources')
    logger.debug('not shown at info')
    expect(lines[0]).toBe('warning: feed is silent')
    expect(JSON.parse(String(lines[1]))).toMatchObject({
      level: 'info',
      msg: 'polled 3 sources',
      time: expect.any(String),
    })
    expect(lines).toHaveLength(2)
  })
})
