import crypto from 'node:crypto'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEFAULT_SLOTS } from '../../src/roster/slots'
import { slotAt } from '../../src/inbox/dutySlots'
import { addDays, localDay, mondayOf } from '../../src/time/vietnam'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { postForm } from '../graph-simulator/testing'
import { commentChange, delivery, messagingItem, metaJson } from '../helpers/facebookWebhooks'
import { type Account, DEMO, logIn } from './helpers/admin'
import { SCREENSHOT_DIR, launchBrowser, newDesk, stepper } from './helpers/browser'
import { type RunningServer, startServer } from './helpers/server'

const ADMIN: Account = { email: 'admin@demo.local', password: 'demo-admin-2024' }
const DUTY = { email: 'truc@demo.local', password: 'demo-duty-2024', name: 'Trần Thị Trực' }
const SECOND = { email: 'canh@demo.local', password: 'demo-duty-2025', name: 'Lê Văn Canh' }
const PAGE_ID = '1000222'
const PAGE_TOKEN = 'EAAB-e2e-page-token-4c1d'
const APP_SECRET = crypto.randomBytes(16).toString('hex')
/** Numbered screenshots in their own folder, so that this suite's and the others' do not mix. */
const SHOTS = 'roster-inbox'

/**
 * The duty roster and the inbox through the admin: the board builds this week's roster and copies
 * it forward; a comment arrives through Facebook's signed webhook; the member on duty answers it and
 * the answer reaches (simulated) Facebook. A Messenger message past Facebook's window is refused
 * with the reason in Vietnamese, and becomes a rebuttal draft instead.
 */
describe('duty roster and inbox in the admin (Vietnamese)', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let simulator: GraphSimulator | undefined
  const step = stepper(SHOTS)
  const today = localDay(new Date())
  const monday = mondayOf(today)
  const tokens = new Map<string, string>()
  const people: Record<string, string | number> = {}
  let commentId = ''
  let messageItemId: string | number = ''

  const api = async (method: string, route: string, account?: Account, body?: unknown) => {
    const headers: Record<string, string> = {}
    if (account) headers.authorization = `JWT ${await token(account)}`
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${server!.url}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text }
  }
  const token = async (account: Account): Promise<string> => {
    if (!tokens.has(account.email)) {
      const response = await fetch(`${server!.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      })
      if (response.status !== 200) throw new Error(`login ${account.email}: ${response.status}`)
      tokens.set(account.email, ((await response.json()) as { token: string }).token)
    }
    return tokens.get(account.email)!
  }

  /** What Meta sends: the JSON it signs, escaped as Meta escapes it, with its HMAC-SHA256. */
  const postWebhook = async (parts: { changes?: unknown[]; messaging?: unknown[] }) => {
    const raw = metaJson(delivery(PAGE_ID, parts))
    const signature = `sha256=${crypto.createHmac('sha256', APP_SECRET).update(raw).digest('hex')}`
    const response = await fetch(`${server!.url}/webhooks/facebook`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signature },
      body: raw,
    })
    expect(response.status).toBe(200)
  }

  /** The filed item, once the server's inbox worker has filed it. */
  const filedItem = async (externalId: string) => {
    for (let attempt = 0; attempt < 60; attempt += 1) {
      const found = await api(
        'GET',
        `/api/inbox?where[externalId][equals]=${encodeURIComponent(externalId)}&depth=0`,
        DEMO.board,
      )
      if (found.body.docs?.length) return found.body.docs[0]
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`inbox item ${externalId} was never filed:\n${server!.log()}`)
  }

  /**
   * The item goes to whoever is on duty when it arrives. Between 22:00 and 06:00 (or if a slot just
   * ended) nobody is, and the board gets it; the board then hands it over, as it would in the admin.
   */
  const intoDutyHands = async (item: { id: string | number; assignee: unknown }) => {
    if (String(item.assignee) === String(people.duty)) return 'on-shift'
    const handed = await api('PATCH', `/api/inbox/${item.id}`, DEMO.board, { assignee: people.duty })
    expect(handed.status).toBe(200)
    return 'handed-over'
  }

  const cell = (page: Page, day: string, slot: string) => page.locator(`td[data-day="${day}"][data-slot="${slot}"]`)

  const addToCell = async (page: Page, day: string, slot: string, name: string) => {
    const saved = page.waitForResponse(
      (response) => response.url().endsWith('/api/shifts/week') && response.request().method() === 'POST',
    )
    await cell(page, day, slot).locator('.rs__control').click()
    await page.locator('.rs__option', { hasText: name }).first().click()
    const response = await saved
    if (!response.ok()) throw new Error(`assign ${name}: HTTP ${response.status()} ${await response.text()}`)
    await cell(page, day, slot).locator('.newsroom-roster__member', { hasText: name }).waitFor()
  }

  const FACEBOOK_ENV = ['FACEBOOK_APP_SECRET', 'FACEBOOK_VERIFY_TOKEN', 'FACEBOOK_GRAPH_URL'] as const
  const savedEnv = Object.fromEntries(FACEBOOK_ENV.map((name) => [name, process.env[name]]))

  beforeAll(async () => {
    simulator = await startGraphSimulator()
    simulator.addPage({
      pageId: PAGE_ID,
      name: 'Phú Riềng đỏ - Xưa và nay',
      followers: 33_000,
      accessToken: PAGE_TOKEN,
    })
    // The server inherits these: the webhook's secrets, and the simulator as the Graph API.
    process.env.FACEBOOK_APP_SECRET = APP_SECRET
    process.env.FACEBOOK_VERIFY_TOKEN = 'e2e-verify-token'
    process.env.FACEBOOK_GRAPH_URL = simulator.url
    server = await startServer({ logFile: path.join(SCREENSHOT_DIR, SHOTS, 'server.log') })
    browser = await launchBrowser()

    for (const [key, account] of [
      ['duty', DUTY],
      ['second', SECOND],
    ] as const) {
      const created = await api('POST', '/api/users', ADMIN, { ...account, roles: ['duty'] })
      expect(created.status).toBe(201)
      people[key] = created.body.doc.id
    }
    const channel = await api('POST', '/api/channels', ADMIN, {
      name: 'Phú Riềng đỏ',
      kind: 'facebook_page',
      pageId: PAGE_ID,
      accessToken: PAGE_TOKEN,
    })
    expect(channel.status).toBe(201)
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    await simulator?.close()
    // Jest may run the next browser suite in this same process.
    for (const name of FACEBOOK_ENV) {
      if (savedEnv[name] === undefined) delete process.env[name]
      else process.env[name] = savedEnv[name]
    }
  }, 60_000)

  test('the board builds this week’s roster in the week view and copies it forward', async () => {
    const { page } = await newDesk(browser!)
    await step(page, 'board-login', () => logIn(page, server!.url, DEMO.board))

    await step(page, 'board-opens-empty-roster', async () => {
      await page.goto(`${server!.url}/admin/lich-truc`)
      await page.getByRole('heading', { name: 'Lịch trực trang' }).waitFor()
      expect(await page.locator('td.newsroom-roster__cell').count()).toBe(21)
      expect(await page.locator('td.newsroom-roster__cell--gap').count()).toBe(21)
      expect(await page.locator('.newsroom-roster__summary').innerText()).toBe(
        'Còn 21 ca chưa có người trực trong tuần này.',
      )
      expect(await page.locator('tbody th').first().innerText()).toContain('Thứ Hai')
    })

    await step(page, 'board-assigns-today', async () => {
      for (const slot of DEFAULT_SLOTS) await addToCell(page, today, slot.name, DUTY.name)
      await addToCell(page, today, 'Sáng', SECOND.name)
      expect(await page.locator('.newsroom-roster__summary').innerText()).toBe(
        'Còn 18 ca chưa có người trực trong tuần này.',
      )
    })

    await step(page, 'board-removes-a-member', async () => {
      const saved = page.waitForResponse((response) => response.url().endsWith('/api/shifts/week'))
      await cell(page, today, 'Sáng')
        .getByRole('button', { name: `Bỏ ${SECOND.name} khỏi ca này` })
        .click()
      expect((await saved).ok()).toBe(true)
      await cell(page, today, 'Sáng').locator('.newsroom-roster__member', { hasText: SECOND.name }).waitFor({
        state: 'detached',
      })
      expect(await cell(page, today, 'Sáng').locator('.newsroom-roster__member').innerText()).toContain(DUTY.name)
    })

    const nextMonday = addDays(monday, 7)
    const sameWeekdayNextWeek = addDays(today, 7)
    await step(page, 'board-copies-week-forward', async () => {
      const copied = page.waitForResponse((response) => response.url().endsWith('/api/shifts/copy-week'))
      await page.getByRole('button', { name: 'Sao chép sang tuần sau' }).click()
      expect((await copied).ok()).toBe(true)
      await page.waitForURL((url) => url.searchParams.get('tuan') === nextMonday)
      await page.locator(`.newsroom-roster[data-monday="${nextMonday}"]`).waitFor()
      for (const slot of DEFAULT_SLOTS) {
        await cell(page, sameWeekdayNextWeek, slot.name)
          .locator('.newsroom-roster__member', { hasText: DUTY.name })
          .waitFor()
      }
      expect(await page.locator('.newsroom-roster__summary').innerText()).toBe(
        'Còn 18 ca chưa có người trực trong tuần này.',
      )
    })

    // The copies are real shifts with their own day's instants (06:00 local = 23:00Z the day before).
    const rows = await api(
      'GET',
      `/api/shifts?where[day][equals]=${sameWeekdayNextWeek}&sort=startsAt&depth=0`,
      DEMO.board,
    )
    expect(rows.body.docs.map((row: any) => row.slot)).toEqual(['Sáng', 'Chiều', 'Tối'])
    expect(rows.body.docs[0].startsAt).toBe(new Date(`${addDays(sameWeekdayNextWeek, -1)}T23:00:00.000Z`).toISOString())
    await page.context().close()
  })

  test('a comment arrives through the signed webhook and goes to the member on duty', async () => {
    const post = await postForm(simulator!.url, `/v24.0/${PAGE_ID}/feed`, {
      message: 'Phú Riềng khánh thành cầu treo ấp 5',
      access_token: PAGE_TOKEN,
    })
    const comment = simulator!.addComment({
      parentId: post.body.id as string,
      message: 'Cầu treo ấp 5 bao giờ thì cho xe máy qua ạ?',
      from: { id: '7001', name: 'Nguyễn Văn Dân' },
    })
    commentId = comment.id
    await postWebhook({
      changes: [
        commentChange({
          pageId: PAGE_ID,
          postId: post.body.id as string,
          commentId,
          message: comment.message,
          from: { id: '7001', name: 'Nguyễn Văn Dân' },
        }),
      ],
    })
    const item = await filedItem(commentId)
    const onShift = slotAt(DEFAULT_SLOTS, new Date(item.receivedAt)) !== null
    const how = await intoDutyHands(item)
    if (onShift && how === 'handed-over') console.warn('The item arrived at a slot boundary; the board handed it over.')
    expect(item.state).toBe('assigned')
  })

  test('the duty member sees their shifts, opens the comment and answers it on Facebook', async () => {
    const { page } = await newDesk(browser!)
    await step(page, 'duty-login', () => logIn(page, server!.url, DUTY))

    await step(page, 'duty-sees-own-shifts', async () => {
      await page.goto(`${server!.url}/admin/lich-truc`)
      await page.getByRole('heading', { name: 'Ca trực sắp tới của tôi' }).waitFor()
      expect(await page.locator('.newsroom-roster__mine-item').count()).toBeGreaterThanOrEqual(3)
      expect(await page.locator('.rs__control').count()).toBe(0)
      expect(await page.getByRole('button', { name: 'Sao chép sang tuần sau' }).count()).toBe(0)
      expect(await page.locator('td.newsroom-roster__cell--mine').count()).toBe(3)
    })

    await step(page, 'duty-inbox-list', async () => {
      await page.goto(`${server!.url}/admin/collections/inbox`)
      const row = page.locator('tbody tr', { hasText: 'Cầu treo ấp 5' })
      await row.waitFor()
      expect(await row.locator('.newsroom-inbox-state').innerText()).toBe('Đã giao')
      // The countdown renders after hydration (it needs the browser's clock): wait for its text.
      const countdown = row.locator('.newsroom-sla', { hasText: /\S/ })
      await countdown.waitFor()
      expect(await countdown.innerText()).toMatch(/^còn \d+ phút$/)
    })

    await step(page, 'duty-opens-comment', async () => {
      await page.locator('tbody tr', { hasText: 'Cầu treo ấp 5' }).locator('a').first().click()
      await page.locator('.newsroom-inbox[data-state="assigned"]').waitFor()
      expect(await page.locator('.newsroom-inbox__original blockquote').innerText()).toBe(
        'Cầu treo ấp 5 bao giờ thì cho xe máy qua ạ?',
      )
      expect(await page.locator('.newsroom-inbox__facts').innerText()).toContain('Nguyễn Văn Dân')
    })

    const text = 'Dạ, cầu treo ấp 5 cho xe máy qua từ thứ Hai tuần sau ạ. Cảm ơn bạn đã quan tâm!'
    await step(page, 'duty-replies', async () => {
      await page.getByLabel('Trả lời trên Facebook').fill(text)
      const sent = page.waitForResponse((response) => response.url().endsWith('/reply'))
      await page.getByRole('button', { name: 'Trả lời', exact: true }).click()
      const response = await sent
      if (!response.ok()) throw new Error(`reply: HTTP ${response.status()} ${await response.text()}`)
      await page.locator('.newsroom-inbox[data-state="replied"]').waitFor()
      expect(await page.locator('.newsroom-inbox .newsroom-inbox-state').innerText()).toBe('Đã trả lời')
      expect(await page.locator('.newsroom-inbox__reply .newsroom-history__note').innerText()).toBe(text)
    })

    const onFacebook = simulator!.comments(commentId)
    expect(onFacebook).toHaveLength(1)
    expect(onFacebook[0]).toMatchObject({ message: text, from: { id: PAGE_ID } })
    await page.context().close()
  })

  test('a Messenger message past the 7-day window: the refusal is shown, and it becomes a rebuttal draft', async () => {
    const mid = `m_e2e_${Date.now()}`
    await postWebhook({
      messaging: [
        messagingItem({
          pageId: PAGE_ID,
          psid: 'psid-e2e-1',
          mid,
          text: 'Nghe nói xã sắp thu hồi đất làm cầu, không bồi thường?',
          timestamp: Date.now() - 8 * 86_400_000,
        }),
      ],
    })
    const item = await filedItem(mid)
    messageItemId = item.id
    await intoDutyHands(item)

    const { page } = await newDesk(browser!)
    await logIn(page, server!.url, DUTY)
    await step(page, 'duty-reply-refused', async () => {
      await page.goto(`${server!.url}/admin/collections/inbox/${messageItemId}`)
      await page.locator('.newsroom-inbox[data-state="assigned"]').waitFor()
      await page.getByLabel('Trả lời trên Facebook').fill('Dạ, thông tin này không chính xác ạ.')
      await page.getByRole('button', { name: 'Trả lời', exact: true }).click()
      const refusal = page.locator('.newsroom-inbox [role="alert"]')
      await refusal.waitFor()
      expect(await refusal.innerText()).toContain('Không thể trả lời: đã quá 7 ngày')
      expect(await page.locator('.newsroom-inbox').getAttribute('data-state')).toBe('assigned')
    })

    await step(page, 'duty-marks-false', async () => {
      await page.getByRole('button', { name: 'Đánh dấu tin sai' }).click()
      await page.locator('.confirmation-modal').getByRole('button', { name: 'Đánh dấu tin sai' }).click()
      await page.waitForURL((url) => /\/admin\/collections\/stories\/[^/]+$/.test(url.pathname))
      await page.locator('#field-title').waitFor()
      expect(await page.locator('#field-title').inputValue()).toMatch(/^Phản bác tin sai: Nghe nói xã sắp thu hồi đất/)
    })
    await page.context().close()
  })
})
