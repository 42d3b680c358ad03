import { createTransport } from 'nodemailer'
import type { EmailAdapter } from 'payload'

import { DEFAULT_FROM, smtpFromEnv } from './settings'

/** `Tên <địa chỉ>` or a bare address, as SMTP_FROM is written. */
const parseFrom = (from: string) => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from)
  return match ? { name: match[1]!, address: match[2]! } : { name: '', address: from.trim() }
}

/**
 * Payload's own emails (password reset) over the same SMTP server as the newsroom's notifications.
 * Read when Payload starts. Without SMTP_HOST nothing is sent and only the subject is logged: a reset
 * link carries a token, which must never reach a log.
 */
export const newsroomEmailAdapter: EmailAdapter = ({ payload }) => {
  const smtp = smtpFromEnv()
  const from = parseFrom(process.env.SMTP_FROM || DEFAULT_FROM)
  const transport = smtp ? createTransport(smtp) : null
  return {
    name: 'newsroom-smtp',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      if (!transport) {
        payload.logger.warn({ msg: `Email not sent, SMTP_HOST is not set: "${String(message.subject)}"` })
        return null
      }
      return transport.sendMail(message)
    },
  }
}
