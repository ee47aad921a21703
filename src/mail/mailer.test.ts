import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestSmtpServer, type TestSmtpServer } from '../testing/smtp-server.ts'
import { createMailer, isMailAddress, mailerFromEnv } from './mailer.ts'

let smtp: TestSmtpServer
beforeAll(async () => {
  smtp = await startTestSmtpServer()
})
afterAll(() => smtp.close())

describe('mailer', () => {
  it('sends through the configured SMTP server, with the sender and the text', async () => {
    const mailer = createMailer({ url: smtp.url, from: 'desk@watchdesk.test' })
    await mailer.send({ to: 'analyst@example.org', subject: 'Lachin', text: 'A new hit.' })
    const mail = smtp.received.at(-1)
    expect(mail?.from).toBe('desk@watchdesk.test')
    expect(mail?.to).toEqual(['analyst@example.org'])
    expect(mail?.raw).toContain('Subject: Lachin')
    expect(mail?.raw).toContain('A new hit.')
  })

  it('names a refusal by the server as a mail failure', async () => {
    const mailer = createMailer({ url: smtp.url, from: 'desk@watchdesk.test' })
    smtp.refuseNext(1)
    await expect(
      mailer.send({ to: 'analyst@example.org', subject: 'x', text: 'y' }),
    ).rejects.toMatchObject({ code: 'mail_failed', message: /analyst@example\.org.*451/ })
  })

  it('names a server that does not answer, within the timeout', async () => {
    const closed = await startTestSmtpServer()
    const url = closed.url
    await closed.close()
    const mailer = createMailer({ url, from: 'desk@watchdesk.test', timeoutMs: 2_000 })
    await expect(
      mailer.send({ to: 'analyst@example.org', subject: 'x', text: 'y' }),
    ).rejects.toMatchObject({ code: 'mail_failed' })
  })

  it('refuses bad settings and bad addresses with their names', () => {
    expect(() => createMailer({ url: 'not a url', from: 'a@b.org' })).toThrow(/WATCHDESK_SMTP_URL/)
    expect(() => createMailer({ url: 'http://mail.example', from: 'a@b.org' })).toThrow(/smtp:\/\//)
    expect(() => createMailer({ url: smtp.url, from: 'nobody' })).toThrow(/WATCHDESK_MAIL_FROM/)
    expect(mailerFromEnv({})).toBeNull()
    expect(mailerFromEnv({ WATCHDESK_SMTP_URL: smtp.url })).not.toBeNull()
    expect(isMailAddress('a@b.org')).toBe(true)
    expect(isMailAddress('a@b')).toBe(false)
    expect(isMailAddress('x <a@b.org>')).toBe(false)
  })

  it('refuses to send to something that is not an address', async () => {
    const mailer = createMailer({ url: smtp.url, from: 'desk@watchdesk.test' })
    await expect(mailer.send({ to: 'bcc:everyone', subject: 'x', text: 'y' })).rejects.toThrow(
      /not an e-mail address/,
    )
  })
})
