import { connect, type Socket } from 'node:net'
import { AppError } from '../core/errors.ts'

/** What a virus scan said about a file. */
export interface ScanResult {
  clean: boolean
  /** The signature found, when not clean. */
  signature?: string
}

/** A malware scanner; uploads are served only once one has called them clean. */
export interface Scanner {
  readonly name: string
  scan(bytes: Uint8Array): Promise<ScanResult>
}

/**
 * ClamAV's clamd over TCP (`tcp://host:3310`, or `host:port`) or a Unix socket (a path), with
 * the INSTREAM command: the file in length-prefixed chunks, ended by a zero-length chunk.
 */
export function clamdScanner(address: string, timeoutMs = 30_000): Scanner {
  const target = parseAddress(address)
  return {
    name: `clamd ${address}`,
    scan: (bytes) =>
      new Promise<ScanResult>((resolve, reject) => {
        const socket: Socket =
          'path' in target ? connect(target.path) : connect(target.port, target.host)
        let reply = ''
        socket.setTimeout(timeoutMs, () =>
          socket.destroy(new Error(`no answer within ${timeoutMs} ms`)),
        )
        socket.on('connect', () => {
          socket.write('zINSTREAM\0')
          const step = 64 * 1024
          for (let i = 0; i < bytes.length; i += step) {
            const chunk = bytes.subarray(i, i + step)
            const length = Buffer.alloc(4)
            length.writeUInt32BE(chunk.length)
            socket.write(length)
            socket.write(chunk)
          }
          socket.write(Buffer.alloc(4))
        })
        socket.on('data', (data: Buffer) => {
          reply += data.toString('utf8')
        })
        socket.on('error', (error) => {
          reject(
            new AppError('scanner_unavailable', `clamd at ${address}: ${error.message}`, {
              status: 503,
            }),
          )
        })
        socket.on('close', (hadError) => {
          if (hadError) {
            return
          }
          const answer = reply.replace(/\0/g, '').trim()
          const found = /^stream: (.+) FOUND$/.exec(answer)
          if (answer === 'stream: OK') {
            resolve({ clean: true })
          } else if (found?.[1]) {
            resolve({ clean: false, signature: found[1] })
          } else {
            reject(
              new AppError('scanner_failed', `clamd at ${address} answered "${answer}"`, {
                status: 503,
              }),
            )
          }
        })
      }),
  }
}

function parseAddress(address: string): { path: string } | { host: string; port: number } {
  const tcp = /^(?:tcp:\/\/)?([^/:]+):(\d+)$/.exec(address)
  if (tcp) {
    return { host: tcp[1] ?? '127.0.0.1', port: Number(tcp[2]) }
  }
  return { path: address.replace(/^unix:\/\//, '') }
}

/** The EICAR test string every scanner reports; the fake scanner reports it too. */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'

/**
 * The scanner tests use: it flags the EICAR test string, as clamd does, and counts its scans.
 */
export function fakeScanner(): Scanner & { scans: number } {
  return {
    name: 'fake',
    scans: 0,
    scan(bytes) {
      this.scans++
      const found = Buffer.from(bytes).includes(EICAR)
      return Promise.resolve(
        found ? { clean: false, signature: 'Eicar-Test-Signature' } : { clean: true },
      )
    },
  }
}

/** The scanner `WATCHDESK_CLAMD` configures, or null (files then wait, unscanned). */
export function scannerFromEnv(env: NodeJS.ProcessEnv = process.env): Scanner | null {
  return env.WATCHDESK_CLAMD ? clamdScanner(env.WATCHDESK_CLAMD) : null
}
