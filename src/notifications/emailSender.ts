import { setTimeout as sleep } from 'node:timers/promises'

import { createTransport } from 'nodemailer'
import type { Payload } from 'payload'

import { relationId } from '../auth/actor'
import { readAttachments } from './attachments'
import { composeEmail } from './email/content'
import { claimEmail, findDueEmails, type OutboxRow, settleEmail } from './email/outbox'
import { type EmailSettings, emailSettingsFromEnv } from './email/settings'
import { loopRan } from '../health/loopBeats'

/**
 * The email half of notifications, as an outbox: notify() writes rows in the same transaction as the
 * change that caused them, and this sender only ever sees committed rows. A transition that rolls
 * back leaves no row, so no email goes out for something that did not happen; one that commits is
 * emailed even if the process dies right after (another sender picks the row up).
 *
 * Any number of senders may run (the app and every worker): each row is claimed with a conditional
 * update (pending → sending), so only one of them sends it. A sender that dies mid-send leaves the
 * row `sending` until its lease runs out; then another sends it again. That is the one case of a
 * duplicate email, and SMTP offers nothing better: a server may accept a message and drop the line
 * before saying so.
 */
export interface EmailSender {
  settings: EmailSettings
  /** One pass over what is due; returns how many emails were sent. */
  runOnce: () => Promise<number>
}

const RETRY_BASE_MS = 30_000

/** 30 s, 2 min, 8 min, 32 min: a mail server that is down for a while is given about three quarters of an hour. */
const retryDelayMs = (attempt: number) => RETRY_BASE_MS * 4 ** (attempt - 1)

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

export const createEmailSender = (payload: Payload, overrides: Partial<EmailSettings> = {}): EmailSender => {
  const settings = emailSettingsFromEnv(overrides)
  if (!settings.smtp) throw new Error('createEmailSender: no SMTP server configured (SMTP_HOST)')
  const transporter = createTransport(settings.smtp, { from: settings.from })
  const where = { serverUrl: settings.serverUrl, adminRoute: payload.config.routes.admin }

  /** Sends a row this sender holds (attempt `attempt`) and records what happened. */
  const send = async (row: OutboxRow, attempt: number): Promise<boolean> => {
    if (settings.now().getTime() - new Date(row.createdAt).getTime() > settings.maxAgeMs) {
      await settleEmail(payload, row.id, attempt, { state: 'failed', error: 'Quá hạn, không gửi email nữa.' })
      return false
    }
    const userId = relationId(row.user as never)
    const user =
      userId === null
        ? null
        : await payload.findByID({ collection: 'users', id: userId, depth: 0, disableErrors: true })
    if (!user?.email) {
      await settleEmail(payload, row.id, attempt, { state: 'failed', error: 'Người nhận không còn tồn tại.' })
      return false
    }
    // The user may have muted this kind after the row was written.
    if ((user.emailMuted ?? []).includes(row.kind)) {
      await settleEmail(payload, row.id, attempt, { state: 'muted' })
      return false
    }
    await transporter.sendMail({
      ...composeEmail(row, { email: user.email, name: user.name }, where),
      attachments: await readAttachments(payload, row.attachments),
    })
    await settleEmail(payload, row.id, attempt, { state: 'sent' })
    return true
  }

  const runOnce = async () => {
    let sent = 0
    for (const row of await findDueEmails(payload, settings)) {
      const attempt = await claimEmail(payload, row, settings)
      if (attempt === null) continue
      try {
        if (await send(row, attempt)) sent += 1
      } catch (error) {
        const retry = attempt < settings.maxAttempts
        payload.logger.warn({ err: error, msg: `Email for notification ${row.id} failed (attempt ${attempt})` })
        await settleEmail(payload, row.id, attempt, {
          state: 'failed',
          retryAt: retry ? new Date(settings.now().getTime() + retryDelayMs(attempt)) : null,
          error: messageOf(error),
        }).catch(() => {})
      }
    }
    return sent
  }

  return { settings, runOnce }
}

/** Runs the sender until `signal` aborts. */
export const runEmailLoop = async (sender: EmailSender, payload: Payload, signal: AbortSignal) => {
  while (!signal.aborted) {
    try {
      await sender.runOnce()
      loopRan('email', sender.settings.pollMs)
      await sleep(sender.settings.pollMs, undefined, { signal }).catch(() => {})
    } catch (error) {
      payload.logger.error({ err: error, msg: 'Email sender error; retrying' })
      await sleep(sender.settings.pollMs * 5, undefined, { signal }).catch(() => {})
    }
  }
}

/**
 * The app and workers call this at start-up. Without SMTP_HOST the process sends no email and leaves
 * rows `pending`, rather than marking them muted: another process may have an SMTP server, and if
 * one is configured later only recent rows go out (older ones expire, see maxAgeMs).
 */
export const startEmailSender = (payload: Payload, signal: AbortSignal): Promise<void> => {
  const settings = emailSettingsFromEnv()
  if (!settings.smtp) {
    payload.logger.info('Email notifications are off in this process: SMTP_HOST is not set')
    return Promise.resolve()
  }
  return runEmailLoop(createEmailSender(payload, settings), payload, signal)
}
