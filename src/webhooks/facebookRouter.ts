import crypto from 'node:crypto'

import express, { type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'

import { requestLog } from '../log/requestLog'
import { extractEvents } from './events'
import { checkSignature } from './signature'
import { storeEvents } from './store'

export const FACEBOOK_WEBHOOK_PATH = '/webhooks/facebook'

export interface FacebookWebhookOptions {
  /** Defaults to FACEBOOK_VERIFY_TOKEN. */
  verifyToken?: string
  /** Defaults to FACEBOOK_APP_SECRET. Never logged, never sent anywhere. */
  appSecret?: string
  /** The arrival clock; assignment and the reply deadline are reckoned from it. */
  now?: () => Date
  /** Called after new events are stored and answered: wakes whatever files them. */
  onStored?: () => void
}

const sameSecret = (given: string, expected: string) =>
  crypto.timingSafeEqual(
    crypto.createHash('sha256').update(given).digest(),
    crypto.createHash('sha256').update(expected).digest(),
  )

const plain = (res: Response, status: number, text: string) => {
  res.status(status).type('text/plain; charset=utf-8').set('x-content-type-options', 'nosniff').send(text)
}

/**
 * `GET|POST /webhooks/facebook`. The raw body parser is part of the route, so nothing else in the
 * app is body-parsed and the bytes checked are the bytes Meta signed. A delivery is answered only
 * after its events are durably stored (so an outage makes Meta retry), and before they are filed.
 */
export const facebookWebhookRouter = (payload: Payload, options: FacebookWebhookOptions = {}): Router => {
  const verifyToken = options.verifyToken ?? process.env.FACEBOOK_VERIFY_TOKEN ?? ''
  const appSecret = options.appSecret ?? process.env.FACEBOOK_APP_SECRET ?? ''
  const now = options.now ?? (() => new Date())
  const router = express.Router()

  router.get(FACEBOOK_WEBHOOK_PATH, (req: Request, res: Response) => {
    const mode = req.query['hub.mode']
    const token = req.query['hub.verify_token']
    const challenge = req.query['hub.challenge']
    const accepted =
      verifyToken !== '' && mode === 'subscribe' && typeof token === 'string' && sameSecret(token, verifyToken)
    if (!accepted || typeof challenge !== 'string') {
      plain(res, 403, 'Forbidden')
      return
    }
    plain(res, 200, challenge)
  })

  router.post(
    FACEBOOK_WEBHOOK_PATH,
    express.raw({ type: '*/*', limit: '1mb' }),
    async (req: Request, res: Response) => {
      const log = requestLog(payload.logger, req)
      if (appSecret === '') {
        log.error('Facebook webhook refused: FACEBOOK_APP_SECRET is not set')
        plain(res, 503, 'Webhook not configured')
        return
      }
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0)
      const check = checkSignature(raw, req.headers['x-hub-signature-256'], appSecret)
      if (check !== 'valid') {
        log.warn(`Facebook webhook refused: ${check} X-Hub-Signature-256`)
        plain(res, check === 'missing' ? 401 : 403, check === 'missing' ? 'Missing signature' : 'Invalid signature')
        return
      }
      let body: unknown
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        plain(res, 400, 'Invalid JSON')
        return
      }
      try {
        const { stored } = await storeEvents(payload, extractEvents(body), now())
        plain(res, 200, 'EVENT_RECEIVED')
        if (stored > 0 && options.onStored) setImmediate(options.onStored)
      } catch (error) {
        log.error({ err: error, msg: 'Facebook webhook: could not store the delivery; Meta will retry' })
        plain(res, 500, 'Try again later')
      }
    },
  )

  return router
}
