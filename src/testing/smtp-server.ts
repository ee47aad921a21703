import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

/** A message the test SMTP server accepted: the envelope and the raw source. */
export interface ReceivedMail {
  from: string
  to: string[]
  raw: string
}

/** A local SMTP server for tests: takes mail on 127.0.0.1 and keeps what it received. */
export interface TestSmtpServer {
  /** `smtp://127.0.0.1:PORT`, for createMailer. */
  url: string
  received: ReceivedMail[]
  /** Refuse the next `count` messages with a 451 (temporary failure), to test retries. */
  refuseNext(count: number): void
  close(): Promise<void>
}

/** Starts an SMTP server on a free loopback port, without TLS or authentication. */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  let refusals = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (refusals > 0) {
          refusals--
          const error = Object.assign(new Error('try again later'), { responseCode: 451 })
          callback(error)
          return
        }
        const address = (a: false | { address: string }): string => (a ? a.address : '')
        received.push({
          from: address(session.envelope.mailFrom),
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks).toString('utf8'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    refuseNext: (count) => {
      refusals = count
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => {
          resolve()
        })
      }),
  }
}
