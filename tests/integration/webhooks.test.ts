import type { AddressInfo } from 'node:net'

import express from 'express'

import { createInboxWorker } from '../../src/inbox/worker'
import { facebookWebhookRouter } from '../../src/webhooks/facebookRouter'
import { signatureFor } from '../../src/webhooks/signature'
import { commentChange, delivery, messagingItem, metaJson } from '../helpers/facebookWebhooks'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

const PAGE = '1000111'
const VERIFY_TOKEN = 'verify-token-for-tests'
const APP_SECRET = 'app-secret-for-tests'

let newsroom: TestNewsroom
let server: import('node:http').Server
let url: string
let stored: number

const post = (raw: Buffer | string, headers: Record<string, string> = {}) =>
  fetch(`${url}/webhooks/facebook`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof raw === 'string' ? raw : new Uint8Array(raw),
  })

/** Sends exactly these bytes, signed as Meta signs them (over the bytes themselves). */
const postSigned = (raw: Buffer) => post(raw, { 'x-hub-signature-256': signatureFor(raw, APP_SECRET) })
const metaBytes = (body: unknown) => Buffer.from(metaJson(body), 'utf8')

const events = async () =>
  (await newsroom.payload.find({ collection: 'webhook-events', depth: 0, limit: 0, sort: 'createdAt' })).docs as any[]
const inbox = async () => (await newsroom.payload.find({ collection: 'inbox', depth: 0, limit: 0 })).docs as any[]
const worker = () => createInboxWorker(newsroom.payload)

beforeAll(async () => {
  newsroom = await startNewsroom()
  const app = express()
  app.use(
    facebookWebhookRouter(newsroom.payload, {
      verifyToken: VERIFY_TOKEN,
      appSecret: APP_SECRET,
      onStored: () => {
        stored += 1
      },
    }),
  )
  await new Promise<void>((resolve) => {
    server = app.listen(0, '127.0.0.1', () => resolve())
  })
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // Events are filed into the page whose channel is the Facebook page they came to.
  await newsroom.payload.create({
    collection: 'channels',
    data: { name: 'Trang thử', kind: 'facebook_page', pageId: PAGE, accessToken: 'EAAB-test' } as never,
  })
})
afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve))
  await newsroom?.stop()
})
beforeEach(async () => {
  stored = 0
  await newsroom.payload.delete({ collection: 'inbox', where: { id: { exists: true } } })
  await newsroom.payload.delete({ collection: 'webhook-events', where: { id: { exists: true } } })
})

describe('GET /webhooks/facebook: the verification handshake', () => {
  const handshake = (query: Record<string, string>) => fetch(`${url}/webhooks/facebook?${new URLSearchParams(query)}`)

  test('echoes hub.challenge for the right token', async () => {
    const response = await handshake({
      'hub.mode': 'subscribe',
      'hub.verify_token': VERIFY_TOKEN,
      'hub.challenge': '1158201444',
    })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('1158201444')
  })

  test.each([
    ['a wrong token', { 'hub.mode': 'subscribe', 'hub.verify_token': 'guess', 'hub.challenge': '1' }],
    ['another mode', { 'hub.mode': 'unsubscribe', 'hub.verify_token': VERIFY_TOKEN, 'hub.challenge': '1' }],
    ['no token', { 'hub.mode': 'subscribe', 'hub.challenge': '1' }],
    ['no challenge', { 'hub.mode': 'subscribe', 'hub.verify_token': VERIFY_TOKEN }],
  ])('refuses %s with 403', async (_label, query) => {
    const response = await handshake(query)
    expect(response.status).toBe(403)
    expect(await response.text()).not.toContain('1')
  })

  test('refuses everything when no verify token is configured', async () => {
    const app = express().use(facebookWebhookRouter(newsroom.payload, { verifyToken: '', appSecret: APP_SECRET }))
    const other = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => other.once('listening', resolve))
    const base = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
    const response = await fetch(`${base}/webhooks/facebook?hub.mode=subscribe&hub.verify_token=&hub.challenge=5`)
    expect(response.status).toBe(403)
    await new Promise((resolve) => other.close(resolve))
  })
})

describe('POST /webhooks/facebook: signatures over the raw body', () => {
  const vietnamese = 'Thông tin “đường sẽ bị thu hồi đất” là sai sự thật, đề nghị đính chính!'
  const body = () => delivery(PAGE, { changes: [commentChange({ pageId: PAGE, message: vietnamese })] })

  test('a Vietnamese comment signed the way Meta signs (\\u-escaped) is accepted and filed intact', async () => {
    const raw = metaBytes(body())
    expect(raw.toString()).toContain('\\u1ec1')
    const response = await postSigned(raw)
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('EVENT_RECEIVED')
    expect(await events()).toHaveLength(1)
    await worker().runOnce()
    const [item] = await inbox()
    expect(item).toMatchObject({ kind: 'comment', text: vietnamese })
  })

  test('a body with raw UTF-8 Vietnamese is accepted when signed as sent', async () => {
    const raw = Buffer.from(JSON.stringify(body()), 'utf8')
    expect(raw.toString()).toContain(vietnamese)
    expect((await postSigned(raw)).status).toBe(200)
    expect(await events()).toHaveLength(1)
  })

  test('checking against re-serialised JSON would have failed: the signature is over the bytes sent', async () => {
    const raw = metaBytes(body())
    const signature = signatureFor(raw, APP_SECRET)
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(raw.toString('utf8'))), 'utf8')
    expect(signatureFor(reserialised, APP_SECRET)).not.toBe(signature)
    // Sent with Meta's signature, the re-serialised bytes are refused: the receiver hashes what it got.
    expect((await post(reserialised, { 'x-hub-signature-256': signature })).status).toBe(403)
    expect(await events()).toHaveLength(0)
  })

  test('a missing signature: 401 and nothing stored', async () => {
    const response = await post(metaBytes(body()))
    expect(response.status).toBe(401)
    expect(await events()).toHaveLength(0)
    expect(stored).toBe(0)
  })

  test.each([
    ['signed with another secret', (raw: Buffer) => signatureFor(raw, 'not-the-app-secret')],
    ['signed over other bytes', (raw: Buffer) => signatureFor(Buffer.concat([raw, Buffer.from('\n')]), APP_SECRET)],
    ['garbage', () => 'sha256=not-a-signature'],
    ['the legacy SHA-1 header value', () => 'sha1=0123456789abcdef0123456789abcdef01234567'],
  ])('a bad signature (%s): 403 and nothing stored', async (_label, sign) => {
    const raw = metaBytes(body())
    const response = await post(raw, { 'x-hub-signature-256': sign(raw) })
    expect(response.status).toBe(403)
    expect(await events()).toHaveLength(0)
    expect(await inbox()).toHaveLength(0)
  })

  test('a correctly signed body that is not JSON: 400, nothing stored', async () => {
    expect((await postSigned(Buffer.from('not json'))).status).toBe(400)
    expect(await events()).toHaveLength(0)
  })

  test('without an app secret configured nothing is accepted', async () => {
    const app = express().use(facebookWebhookRouter(newsroom.payload, { verifyToken: VERIFY_TOKEN, appSecret: '' }))
    const other = app.listen(0, '127.0.0.1')
    await new Promise((resolve) => other.once('listening', resolve))
    const raw = metaBytes(body())
    const response = await fetch(`http://127.0.0.1:${(other.address() as AddressInfo).port}/webhooks/facebook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signatureFor(raw, '') },
      body: new Uint8Array(raw),
    })
    expect(response.status).toBe(503)
    expect(await events()).toHaveLength(0)
    await new Promise((resolve) => other.close(resolve))
  })
})

describe('delivery semantics', () => {
  test('a replayed delivery is stored and filed once', async () => {
    const raw = metaBytes(
      delivery(PAGE, { changes: [commentChange({ pageId: PAGE })], messaging: [messagingItem({ pageId: PAGE })] }),
    )
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await postSigned(raw)).status).toBe(200)
    expect(await events()).toHaveLength(2)
    expect(stored).toBe(1)
    await worker().runOnce()
    await worker().runOnce()
    expect(await inbox()).toHaveLength(2)
  })

  test('a retry batched differently stores only the events not seen before', async () => {
    const known = commentChange({ pageId: PAGE })
    await postSigned(metaBytes(delivery(PAGE, { changes: [known] })))
    await postSigned(metaBytes(delivery(PAGE, { changes: [known, commentChange({ pageId: PAGE })] })))
    expect(await events()).toHaveLength(2)
  })

  test('concurrent deliveries of the same event store it once', async () => {
    const raw = metaBytes(delivery(PAGE, { messaging: [messagingItem({ pageId: PAGE })] }))
    const statuses = await Promise.all([1, 2, 3, 4].map(() => postSigned(raw).then((response) => response.status)))
    expect(statuses).toEqual([200, 200, 200, 200])
    expect(await events()).toHaveLength(1)
  })

  test('answers 200 before filing: the event is stored, the inbox item comes after', async () => {
    const response = await postSigned(metaBytes(delivery(PAGE, { messaging: [messagingItem({ pageId: PAGE })] })))
    expect(response.status).toBe(200)
    const [event] = await events()
    expect(event.processedAt ?? null).toBeNull()
    expect(await inbox()).toHaveLength(0)

    expect(await worker().runOnce()).toMatchObject({ filed: 1 })
    expect((await events())[0].processedAt).toBeTruthy()
    expect(await inbox()).toHaveLength(1)
  })

  test('events the inbox does not file are acknowledged and not stored', async () => {
    const raw = metaBytes(
      delivery(PAGE, {
        changes: [
          commentChange({ pageId: PAGE, from: { id: PAGE, name: 'Phú Riềng đỏ' } }),
          commentChange({ pageId: PAGE, item: 'reaction' }),
          { field: 'feed', value: { item: 'status', verb: 'add', post_id: `${PAGE}_9`, from: { id: PAGE } } },
        ],
        messaging: [messagingItem({ pageId: PAGE, isEcho: true }), messagingItem({ pageId: PAGE, text: null })],
      }),
    )
    expect((await postSigned(raw)).status).toBe(200)
    expect(await events()).toHaveLength(0)
    expect(stored).toBe(0)
  })

  test('a body over 1 MB is refused before anything is stored', async () => {
    const huge = delivery(PAGE, { changes: [commentChange({ pageId: PAGE, message: 'a'.repeat(1_100_000) })] })
    expect((await postSigned(metaBytes(huge))).status).toBe(413)
    expect(await events()).toHaveLength(0)
  })
})

describe('what is filed', () => {
  test('an event for a Facebook page no channel names is stored but not filed', async () => {
    const stranger = '2000999'
    const response = await postSigned(
      metaBytes(delivery(stranger, { changes: [commentChange({ pageId: stranger, commentId: '99_1' })] })),
    )
    expect(response.status).toBe(200)
    expect(await worker().runOnce()).toMatchObject({ filed: 0 })
    const [event] = await events()
    expect(event.dedupeKey).toContain(stranger)
    expect(event.processedAt).toBeTruthy()
    expect(await inbox()).toHaveLength(0)
  })

  test('a comment on a post the newsroom published is linked to its story', async () => {
    const { payload } = newsroom
    const story = await payload.create({ collection: 'stories', data: { title: 'Khánh thành cầu mới' } as never })
    const channel = await payload.create({
      collection: 'channels',
      data: { name: 'Xem trước', kind: 'local_feed' } as never,
    })
    await payload.create({
      collection: 'publications',
      data: {
        story: story.id,
        channel: channel.id,
        state: 'published',
        scheduledFor: new Date().toISOString(),
        externalId: `${PAGE}_77`,
        permalink: `https://www.facebook.com/${PAGE}/posts/77`,
      } as never,
    })
    await postSigned(
      metaBytes(
        delivery(PAGE, {
          changes: [
            commentChange({
              pageId: PAGE,
              postId: `${PAGE}_77`,
              commentId: '77_1',
              from: { id: '7009', name: 'Lê Văn Cường' },
            }),
            commentChange({ pageId: PAGE, postId: `${PAGE}_78`, commentId: '78_1' }),
          ],
        }),
      ),
    )
    await worker().runOnce()
    const items = await inbox()
    const onOurs = items.find((item) => item.externalId === '77_1')
    expect(onOurs).toMatchObject({
      kind: 'comment',
      postId: `${PAGE}_77`,
      story: story.id,
      from: { senderId: '7009', name: 'Lê Văn Cường' },
    })
    expect(items.find((item) => item.externalId === '78_1').story ?? null).toBeNull()
  })

  test('a message is filed with its mid and Meta’s time; its sender is known from the stored event', async () => {
    const sentAt = Date.now() - 60_000
    await postSigned(
      metaBytes(
        delivery(PAGE, {
          messaging: [messagingItem({ pageId: PAGE, psid: 'psid-77', mid: 'm_77', timestamp: sentAt })],
        }),
      ),
    )
    await worker().runOnce()
    const [item] = await inbox()
    expect(item).toMatchObject({ kind: 'message', externalId: 'm_77', facebookPageId: PAGE })
    expect(item.from.senderId).toBe('psid-77')
    expect(new Date(item.receivedAt).getTime()).toBe(sentAt)
    expect(['new', 'assigned']).toContain(item.state)
  })
})
