import type { AddressInfo } from 'node:net'

import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  /** Envelope recipients, as the sender gave them to the server. */
  to: string[]
  from: string
  parsed: ParsedMail
}

export interface LocalSmtp {
  host: string
  port: number
  received: ReceivedMail[]
  /** The next `count` messages are refused with a temporary error (451). */
  refuseNext: (count: number) => void
  /** Mail received for one address (envelope recipient). */
  to: (address: string) => ReceivedMail[]
  reset: () => void
  close: () => Promise<void>
}

/**
 * A real SMTP server on 127.0.0.1 that keeps every message it accepts, parsed. No TLS, no auth: the
 * sender talks to it exactly as it would to a relay.
 */
export const startLocalSmtp = async (): Promise<LocalSmtp> => {
  const received: ReceivedMail[] = []
  let refusals = 0
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          if (refusals > 0) {
            refusals -= 1
            const error = Object.assign(new Error('Try again later'), { responseCode: 451 })
            return callback(error)
          }
          received.push({
            to: session.envelope.rcptTo.map((address) => address.address),
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            parsed,
          })
          callback()
        })
        .catch((error: Error) => callback(error))
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    host: '127.0.0.1',
    port,
    received,
    refuseNext: (count) => {
      refusals = count
    },
    to: (address) => received.filter((mail) => mail.to.includes(address)),
    reset: () => {
      received.length = 0
      refusals = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
