import { describe, expect, it } from 'vitest'
import { parseMultipart } from './multipart.ts'

const BOUNDARY = 'wdboundary'

function part(name: string, value: string, fileName?: string): string {
  const disposition = fileName ? `; filename="${fileName}"` : ''
  const type = fileName ? '\r\nContent-Type: application/octet-stream' : ''
  return `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"${disposition}${type}\r\n\r\n${value}\r\n`
}

/** A request whose body is produced on demand, counting what the parser pulled. */
function streamedRequest(
  head: string,
  fileBytes: number,
  tail: string,
): { request: Request; pulled: () => number } {
  let pulled = 0
  let sentHead = false
  let sentFile = 0
  let done = false
  const chunk = new Uint8Array(64 * 1024).fill(0x41)
  const encoder = new TextEncoder()
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        let next: Uint8Array
        if (!sentHead) {
          sentHead = true
          next = encoder.encode(head)
        } else if (sentFile < fileBytes) {
          next = chunk.subarray(0, Math.min(chunk.length, fileBytes - sentFile))
          sentFile += next.length
        } else if (!done) {
          done = true
          next = encoder.encode(tail)
        } else {
          controller.close()
          return
        }
        pulled += next.length
        controller.enqueue(next)
      },
    },
    { highWaterMark: 0 },
  )
  const request = new Request('http://localhost/', {
    method: 'POST',
    headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    body,
    duplex: 'half',
  })
  return { request, pulled: () => pulled }
}

describe('parseMultipart', () => {
  it('reads fields and files', async () => {
    const body =
      part('name', 'Nino') +
      part('beats', 'elections') +
      part('beats', 'courts') +
      part('cv', 'hello', 'cv.txt') +
      `--${BOUNDARY}--\r\n`
    const form = await parseMultipart(
      new Request('http://localhost/', {
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
        body,
      }),
    )
    expect(form.fields.get('beats')).toEqual(['elections', 'courts'])
    expect(form.files).toHaveLength(1)
    expect(Buffer.from(form.files[0]!.bytes).toString()).toBe('hello')
  })

  it('stops reading an 11 MB file soon after 10 MB and answers 413', async () => {
    const head = `--${BOUNDARY}\r\nContent-Disposition: form-data; name="cv"; filename="cv.pdf"\r\n\r\n`
    const { request, pulled } = streamedRequest(head, 11 * 1024 * 1024, `\r\n--${BOUNDARY}--\r\n`)
    await expect(parseMultipart(request)).rejects.toMatchObject({
      status: 413,
      message: expect.stringMatching(/cv\.pdf" is larger than 10 MB/),
    })
    expect(pulled()).toBeGreaterThan(10 * 1024 * 1024)
    expect(pulled()).toBeLessThan(10.5 * 1024 * 1024)
  })

  it('refuses a fourth file', async () => {
    const body =
      ['a', 'b', 'c', 'd'].map((n) => part(n, 'x', `${n}.txt`)).join('') + `--${BOUNDARY}--\r\n`
    await expect(
      parseMultipart(
        new Request('http://localhost/', {
          method: 'POST',
          headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
          body,
        }),
      ),
    ).rejects.toThrow(/at most 3 files/)
  })

  it('refuses a declared length beyond any acceptable form before reading', async () => {
    const { request, pulled } = streamedRequest('', 0, '')
    const big = new Request(request, {
      headers: {
        'content-type': `multipart/form-data; boundary=${BOUNDARY}`,
        'content-length': String(200 * 1024 * 1024),
      },
    })
    await expect(parseMultipart(big)).rejects.toMatchObject({ status: 413 })
    expect(pulled()).toBe(0)
  })
})
