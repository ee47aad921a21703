import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { InputItem } from '../read-inputs.ts'
import { archiveInputs } from './archive-inputs.ts'
import { readWarc } from './warc-reader.ts'

const dir = mkdtempSync(join(tmpdir(), 'watchdesk-archive-'))

function warcRecord(type: string, uri: string, block: string): Buffer {
  const body = Buffer.from(block)
  const header = `WARC/1.0\r\nWARC-Type: ${type}\r\nWARC-Target-URI: ${uri}\r\nWARC-Date: 2019-11-29T10:00:00Z\r\nContent-Length: ${body.length}\r\n\r\n`
  return Buffer.concat([Buffer.from(header), body, Buffer.from('\r\n\r\n')])
}

const page = (n: number): string =>
  `<html><body><article><p>Story ${n}: Nikol Pashinyan said that talks with Baku would go on next week.</p></article></body></html>`
const http = (body: string, extra = ''): string =>
  `HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n${extra}\r\n${body}`
const chunked = (body: string): string =>
  `${Buffer.byteLength(body).toString(16)}\r\n${body}\r\n0\r\n\r\n`

async function collect(items: AsyncIterable<InputItem>, limit = Infinity): Promise<InputItem[]> {
  const out: InputItem[] = []
  for await (const item of items) {
    out.push(item)
    if (out.length >= limit) {
      break
    }
  }
  return out
}

describe('WARC and JSON Lines archives', () => {
  it('streams the response records of a gzip WARC, one member per record, de-chunking bodies', async () => {
    const file = join(dir, 'crawl.warc.gz')
    writeFileSync(
      file,
      Buffer.concat([
        gzipSync(warcRecord('warcinfo', '', 'software: test')),
        gzipSync(warcRecord('request', 'https://a.example/1', 'GET /1 HTTP/1.1\r\n\r\n')),
        gzipSync(warcRecord('response', 'https://a.example/1', http(page(1)))),
        gzipSync(
          warcRecord(
            'response',
            'https://a.example/2',
            http(chunked(page(2)), 'Transfer-Encoding: chunked\r\n'),
          ),
        ),
      ]),
    )
    const responses = []
    for await (const response of readWarc(file)) {
      responses.push(response)
    }
    expect(responses.map((r) => [r.index, r.uri, r.status])).toEqual([
      [2, 'https://a.example/1', 200],
      [3, 'https://a.example/2', 200],
    ])
    expect(new TextDecoder().decode(responses[1]!.body)).toBe(page(2))
  })

  it('names a truncated record and keeps what came before it', async () => {
    const file = join(dir, 'broken.warc')
    const whole = warcRecord('response', 'https://a.example/1', http(page(1)))
    writeFileSync(file, Buffer.concat([whole, whole.subarray(0, whole.length - 40)]))
    const items = await collect(archiveInputs(file))
    expect(items[0]?.document?.url).toBe('https://a.example/1')
    expect(items[1]?.error).toMatch(/record 1 is truncated/)
  })

  it('resumes an interrupted import after the last record it processed', async () => {
    const file = join(dir, 'docs.jsonl')
    writeFileSync(
      file,
      Array.from({ length: 45 }, (_, i) =>
        JSON.stringify({ id: `d${i}`, text: `Document ${i} says that talks go on.` }),
      ).join('\n'),
    )
    const first = await collect(archiveInputs(file), 41)
    expect(first).toHaveLength(41)
    // Interrupted after taking 41: 40 were processed, and the progress file says so.
    expect(JSON.parse(readFileSync(`${file}.progress.json`, 'utf8'))).toEqual({ records: 40 })
    const rest = await collect(archiveInputs(file))
    expect(rest.map((item) => item.document?.id)).toEqual(['d40', 'd41', 'd42', 'd43', 'd44'])
    expect(existsSync(`${file}.progress.json`)).toBe(false)
  })
})
