import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Browser } from 'playwright-core'

import { signTap } from '../../src/campaigns/token'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/db/close'
import { logIn } from './helpers/admin'
import { PHONE, SCREENSHOT_DIR, launchBrowser, newDesk, newPhone, pageWidth } from './helpers/browser'
import { type RunningServer, startServer } from './helpers/server'

/**
 * A unit lead launches a campaign for their unit from "Chiến dịch chia sẻ", a member opens their
 * one-tap link on a phone and taps "Đã chia sẻ", and the unit's rate on the lead's screen moves.
 */
describe('share campaigns (Vietnamese, phone width)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-campaigns-e2e-'))
  const databaseUri = `file:${path.join(dir, 'newsroom.db')}`
  const secret = crypto.randomBytes(24).toString('hex')
  const lead = { email: 'bithu@e2e.local', password: `pw-${crypto.randomUUID()}` }
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let tapPath = ''
  const shot = (page: import('playwright-core').Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `campaigns-${name}.png`), fullPage: true })

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
    server = await startServer({
      env: { DATABASE_URI: databaseUri, PAYLOAD_SECRET: secret, MEDIA_DIR: path.join(dir, 'media') },
    })
    // The campaign's post, the unit, its lead and members, written through a second Payload on the same file.
    const payload = await getPayload({ config: buildNewsroomConfig({ databaseUri, secret }), key: 'campaigns-e2e' })
    const create = async (collection: string, data: Record<string, unknown>) =>
      (await payload.create({ collection: collection as never, data: data as never, depth: 0 })) as {
        id: string | number
      }
    const unit = (await create('units', { name: 'Chi bộ Ấp Bình Minh' })).id
    const leadId = (await create('users', { ...lead, name: 'Bí thư Bình Minh', roles: ['unit_lead'], unit })).id
    const channel = (await create('channels', { name: 'Trang tin chiến dịch', kind: 'local_feed' })).id
    const story = (await create('stories', { title: 'Ngày hội đại đoàn kết', stage: 'published', author: leadId })).id
    const now = Date.now()
    const publication = (
      await create('publications', {
        story,
        channel,
        state: 'published',
        scheduledFor: new Date(now - 3_600_000).toISOString(),
        permalink: `/fanpage?bai=${story}`,
      })
    ).id
    const member = (await create('members', { fullName: 'Đỗ Thị Hạnh', unit })).id
    await create('members', { fullName: 'Phan Văn Khoa', unit })
    const campaign = (
      await payload.create({
        collection: 'campaigns',
        data: {
          title: 'Lan tỏa Ngày hội đại đoàn kết',
          publication,
          targetUnits: [unit],
          message: 'Mời các đồng chí chia sẻ bài viết.',
          startsAt: new Date(now - 3_600_000).toISOString(),
          endsAt: new Date(now + 86_400_000).toISOString(),
        } as never,
        user: await payload.findByID({ collection: 'users', id: leadId }),
        overrideAccess: false,
        depth: 0,
      })
    ).id
    tapPath = `/chien-dich/${signTap(payload.secret, campaign, member)}`
    await closePayload(payload)
    browser = await launchBrowser()
  }, 240_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  test('launch, tap on the phone, the rate moves', async () => {
    const { page: desk } = await newPhone(browser!)
    await logIn(desk, server!.url, lead)
    await desk.goto(`${server!.url}/admin/chien-dich`)
    await desk.getByRole('heading', { name: 'Chiến dịch chia sẻ', level: 1 }).waitFor()
    await desk.getByRole('button', { name: 'Phát động' }).click()
    await desk.getByText('Đã phát động, đã báo cho 2 đảng viên.').waitFor()
    const rate = desk.locator('tr[data-unit="Chi bộ Ấp Bình Minh"] .newsroom-campaigns__rate')
    await rate.waitFor()
    expect(await rate.innerText()).toBe('0%')
    expect(await pageWidth(desk)).toBeLessThanOrEqual(PHONE.width)

    const { page: phone } = await newPhone(browser!)
    await phone.goto(`${server!.url}${tapPath}`)
    await phone.getByText('Kính gửi đồng chí Đỗ Thị Hạnh,').waitFor()
    await phone.getByRole('button', { name: 'Đã chia sẻ' }).click()
    await phone.getByRole('button', { name: '✓ Đã ghi nhận chia sẻ' }).waitFor()
    // From the same link the member adds their Facebook account, then sees it listed.
    const accounts = phone.getByRole('region', { name: 'Tài khoản mạng xã hội của tôi' })
    await accounts.getByText('Chưa có tài khoản nào.').waitFor()
    await accounts.getByLabel('Đường dẫn trang cá nhân hoặc số điện thoại Zalo').fill('fb.com/do.thi.hanh')
    await accounts.getByRole('button', { name: 'Thêm tài khoản' }).click()
    await accounts.getByText('Facebook: fb.com/do.thi.hanh').waitFor()
    expect(await pageWidth(phone)).toBeLessThanOrEqual(PHONE.width)
    await shot(phone, 'tap-phone')

    await desk.reload()
    await rate.waitFor()
    await desk.waitForFunction(
      () =>
        document.querySelector('tr[data-unit="Chi bộ Ấp Bình Minh"] .newsroom-campaigns__rate')?.textContent === '50%',
    )
    expect(await desk.getByText('Phan Văn Khoa').count()).toBe(1)
    await shot(desk, 'participation-phone')
    const bad = await newDesk(browser!)
    await bad.page.goto(`${server!.url}/chien-dich/1.2.sai`)
    await bad.page.getByText('Đường dẫn không hợp lệ').waitFor()
  }, 180_000)
})
