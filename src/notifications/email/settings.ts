import type { SMTPTransportOptions } from 'nodemailer'

export const DEFAULT_FROM = 'Tòa soạn cộng tác viên <no-reply@localhost>'

export interface EmailSettings {
  /** null: this process sends no email (SMTP_HOST unset); rows wait for a process that can. */
  smtp: SMTPTransportOptions | null
  from: string
  /** Public root of the app, for absolute links in emails. */
  serverUrl: string
  pollMs: number
  /** Rows one pass claims at most; the rest wait for the next pass (or another process). */
  batchSize: number
  /** Sending attempts before a row is left `failed` for good. */
  maxAttempts: number
  /**
   * A row stuck in `sending` this long was claimed by a process that died mid-send: another sender
   * takes it over. Longer than the SMTP timeouts below, so a live sender is never overtaken.
   */
  leaseMs: number
  /** Older rows are not emailed any more (marked failed): a day-old "waiting for you" is noise. */
  maxAgeMs: number
  now: () => Date
}

const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 }

const flag = (value: string | undefined) => value === 'true' || value === '1' || value === 'yes'

export const smtpFromEnv = (env: NodeJS.ProcessEnv = process.env): SMTPTransportOptions | null => {
  const host = env.SMTP_HOST?.trim()
  if (!host) return null
  const secure = flag(env.SMTP_SECURE)
  return {
    host,
    port: Number(env.SMTP_PORT || (secure ? 465 : 587)),
    secure,
    ...(env.SMTP_USER ? { auth: { user: env.SMTP_USER, pass: env.SMTP_PASS ?? '' } } : {}),
    ...SMTP_TIMEOUTS,
  }
}

export const emailSettingsFromEnv = (overrides: Partial<EmailSettings> = {}): EmailSettings => ({
  smtp: smtpFromEnv(),
  from: process.env.SMTP_FROM || DEFAULT_FROM,
  serverUrl: (process.env.SERVER_URL || `http://localhost:${process.env.PORT ?? 3000}`).replace(/\/+$/, ''),
  pollMs: Number(process.env.EMAIL_POLL_MS || 1_000),
  batchSize: 20,
  maxAttempts: 5,
  leaseMs: 5 * 60_000,
  maxAgeMs: 24 * 60 * 60_000,
  now: () => new Date(),
  ...overrides,
})
