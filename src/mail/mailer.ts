import nodemailer from 'nodemailer'
import { AppError, ValidationError, getMessage } from '../core/errors.ts'

/** One plain e-mail; `html` is optional, the text part is always sent. */
export interface MailMessage {
  to: string
  subject: string
  text: string
  html?: string
}

/** Sends mail; rejects with an AppError naming the problem when the server refuses or fails. */
export interface Mailer {
  send(message: MailMessage): Promise<void>
}

/** Where mail goes: an SMTP URL (`smtp://user:pass@host:587`, `smtps://…` for TLS) and a sender. */
export interface MailConfig {
  url: string
  from: string
  /** Connection, greeting and socket timeout, in milliseconds (default 15 s). */
  timeoutMs?: number
}

/** A plain address check for what we send to: one @, no spaces or angle brackets. */
const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;]+$/

/** Whether `value` is an e-mail address we are willing to send to. */
export function isMailAddress(value: string): boolean {
  return ADDRESS.test(value)
}

/**
 * The SMTP mailer the environment configures: `WATCHDESK_SMTP_URL` and `WATCHDESK_MAIL_FROM`
 * (default `watchdesk@localhost.localdomain`); `null` when no SMTP URL is set, so callers can say mail is off.
 */
export function mailerFromEnv(env: NodeJS.ProcessEnv = process.env): Mailer | null {
  const url = env.WATCHDESK_SMTP_URL?.trim()
  if (!url) {
    return null
  }
  const from = env.WATCHDESK_MAIL_FROM?.trim()
  return createMailer({ url, from: from?.length ? from : 'watchdesk@localhost.localdomain' })
}

/**
 * An SMTP mailer through nodemailer. The URL and sender are checked here, so a bad setting fails
 * at start-up with its name rather than at the first alert.
 *
 * @example
 * const mailer = createMailer({ url: 'smtp://127.0.0.1:2525', from: 'desk@example.org' })
 * await mailer.send({ to: 'analyst@example.org', subject: 'Alert', text: '…' })
 */
export function createMailer(config: MailConfig): Mailer {
  let url: URL
  try {
    url = new URL(config.url)
  } catch {
    throw new ValidationError(`WATCHDESK_SMTP_URL "${config.url}" is not a URL (smtp://host:port)`)
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new ValidationError(
      `WATCHDESK_SMTP_URL "${url.protocol}//${url.host}" must use smtp:// or smtps://`,
    )
  }
  if (!isMailAddress(config.from)) {
    throw new ValidationError(`WATCHDESK_MAIL_FROM "${config.from}" is not an e-mail address`)
  }
  const timeout = config.timeoutMs ?? 15_000
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    auth: url.username
      ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
      : undefined,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  })
  return {
    async send(message: MailMessage): Promise<void> {
      if (!isMailAddress(message.to)) {
        throw new ValidationError(`"${message.to}" is not an e-mail address`)
      }
      try {
        await transport.sendMail({ from: config.from, ...message })
      } catch (error: unknown) {
        throw new AppError('mail_failed', `mail to ${message.to} failed: ${getMessage(error)}`, {
          status: 502,
          cause: error,
        })
      }
    },
  }
}
