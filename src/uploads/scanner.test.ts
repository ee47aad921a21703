import { createServer, type Server } from 'node:net'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { clamdScanner, EICAR, fakeScanner } from './scanner.ts'

/** A loopback server that speaks clamd's INSTREAM and checks the framing it receives. */
function fakeClamd(): Promise<{ server: Server; port: number; received: Buffer[] }> {
  const received: Buffer[] = []
  const server = createServer((socket) => {
    let buffer = Buffer.alloc(0)
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data])
      if (!buffer.subarray(0, 10).equals(Buffer.from('zINSTREAM\0'))) {
        return
      }
      let at = 10
      const chunks: Buffer[] = []
      while (at + 4 <= buffer.length) {
        const length = buffer.readUInt32BE(at)
        if (length === 0) {
          const file = Buffer.concat(chunks)
          received.push(file)
          socket.end(file.includes(EICAR) ? 'stream: Eicar-Signature FOUND\0' : 'stream: OK\0')
          return
        }
        if (at + 4 + length > buffer.length) {
          return
        }
        chunks.push(buffer.subarray(at + 4, at + 4 + length))
        at += 4 + length
      }
    })
  })
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      resolve({ server, port: (server.address() as AddressInfo).port, received })
    }),
  )
}

describe('clamdScanner', () => {
  let server: Server | undefined
  afterEach(() => server?.close())

  it('streams the file with INSTREAM framing and reads the verdict', async () => {
    const clamd = await fakeClamd()
    server = clamd.server
    const scanner = clamdScanner(`tcp://127.0.0.1:${clamd.port}`)
    const big = Buffer.alloc(200_000, 7)
    expect(await scanner.scan(big)).toEqual({ clean: true })
    expect(clamd.received[0]?.equals(big)).toBe(true)
    expect(await scanner.scan(Buffer.from(EICAR))).toEqual({
      clean: false,
      signature: 'Eicar-Signature',
    })
  })

  it('reports an unreachable clamd as an error, not as clean', async () => {
    const clamd = await fakeClamd()
    const port = clamd.port
    await new Promise((r) => clamd.server.close(r))
    await expect(clamdScanner(`127.0.0.1:${port}`).scan(Buffer.from('x'))).rejects.toThrow(
      /clamd at/,
    )
  })

  it('has a fake that flags EICAR', async () => {
    const scanner = fakeScanner()
    expect((await scanner.scan(Buffer.from(`a${EICAR}b`))).clean).toBe(false)
    expect((await scanner.scan(Buffer.from('hello'))).clean).toBe(true)
    expect(scanner.scans).toBe(2)
  })
})
