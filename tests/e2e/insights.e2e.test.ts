import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { getPayload } from 'payload'
import type { Browser, Page } from 'playwright-core'

import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/db/close'
import { FIXTURE_PERIOD, type InsightsFixture, seedInsightsFixture } from '../helpers/insightsFixture'
import { DEMO, logIn } from './helpers/admin'
import { PHONE, SCREENSHOT_DIR, launchBrowser, newDesk, newPhone, pageWidth } from './helpers/browser'
import { type RunningServer, startServer } from './helpers/server'

/**
 * The board reads November's figures: opens "Số liệu và báo cáo", narrows it to one area, makes the
 * month's report and downloads its PDF; the same screen fits a 390 px phone.
 */
describe('insights and reports (Vietnamese)', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-insights-e2e-'))
  const databaseUri = `file:${path.join(dir, 'newsroom.db')}`
  const secret = crypto.randomBytes(24).toString('hex')
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let page: Page | undefined
  let fixture: InsightsFixture
  const screen = () => `${server!.url}/admin/so-lieu?from=${FIXTURE_PERIOD.from}&to=${FIXTURE_PERIOD.to}`
  const shot = (target: Page, name: string) =>
    target.screenshot({ path: path.join(SCREENSHOT_DIR, `insights-${name}.png`), fullPage: true })
  const kpi = (target: Page, label: string) =>
    target.locator('.newsroom-insights__kpi', { hasText: label }).locator('dd').innerText()

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
    server = await startServer({
      env: { DATABASE_URI: databaseUri, PAYLOAD_SECRET: secret, MEDIA_DIR: path.join(dir, 'media') },
    })
    // The figures come from the collector, which has nothing to read here: the month is written into
    // the server's database (migrated and seeded by now) through a second Payload on the same file.
    const payload = await getPayload({ config: buildNewsroomConfig({ databaseUri, secret }), key: 'insights-e2e' })
    const person = async (name: string, roles: string[]) =>
      (
        await payload.create({
          collection: 'users',
          data: { email: `${name}@e2e.local`, password: crypto.randomUUID(), name, roles } as never,
        })
      ).id
    fixture = await seedInsightsFixture(payload, {
      c1: await person('c1', ['collaborator']),
      c2: await person('c2', ['collaborator']),
      d1: await person('d1', ['duty']),
      d2: await person('d2', ['duty']),
    })
    await closePayload(payload)
    browser = await launchBrowser()
  }, 240_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }, 60_000)

  test('the board opens insights, filters by area and downloads the month’s report', async () => {
    const desk = await newDesk(browser!)
    page = desk.page
    await logIn(page, server!.url, DEMO.board)
    await page.goto(screen())
    await page.getByRole('heading', { name: 'Số liệu và báo cáo', level: 1 }).waitFor()
    await page.locator('.newsroom-insights__kpi').first().waitFor()
    expect(await kpi(page, 'Bài đã đăng')).toBe('5')
    expect(await kpi(page, 'Lượt tiếp cận')).toBe('5.050')
    expect(await kpi(page, 'Người theo dõi tăng thêm')).toBe('500')
    // Drawn by recharts: the followers' line and the bars of each breakdown.
    expect(await page.locator('.newsroom-insights__chart .recharts-surface').count()).toBeGreaterThanOrEqual(5)
    const firstRow = page.getByRole('region', { name: 'Bài đăng trong kỳ' }).locator('tbody tr').first()
    expect(await firstRow.innerText()).toContain('Phản bác tin sai về giá đất')
    // Sorted by engagement instead of reach: the photo story's 130 comes first.
    await page.getByRole('button', { name: 'Tương tác' }).first().click()
    expect(await firstRow.innerText()).toContain('Ảnh: Hội thi nông dân giỏi')
    await shot(page, 'desk')

    await page.locator('select[name="area"]').selectOption({ label: 'Văn hóa - Xã hội (số liệu)' })
    await page.waitForURL((url) => url.searchParams.get('area') === String(fixture.areas.B))
    await page.waitForFunction(() => document.querySelector('.newsroom-insights__kpi dd')?.textContent === '2')
    expect(await kpi(page, 'Lượt tiếp cận')).toBe('3.600')
    expect(await page.getByRole('region', { name: 'Bài đăng trong kỳ' }).innerText()).not.toContain('Mùa lúa mới')
    await shot(page, 'area')

    await page.getByRole('button', { name: 'Tạo báo cáo kỳ này (Excel, PDF)' }).click()
    const pdfLink = page.getByRole('link', { name: 'Tải PDF' }).first()
    await pdfLink.waitFor({ timeout: 60_000 })
    expect(await page.locator('.newsroom-insights__report-list li').first().innerText()).toContain(
      'Báo cáo tháng 11/2026',
    )
    const [download] = await Promise.all([page.waitForEvent('download'), pdfLink.click()])
    expect(download.suggestedFilename()).toBe('bao-cao-2026-11-01-2026-11-30.pdf')
    const file = await download.path()
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe('%PDF-')
    await desk.context.close()
  })

  test('the screen fits a 390 px phone', async () => {
    const phone = await newPhone(browser!)
    await logIn(phone.page, server!.url, DEMO.board)
    await phone.page.goto(screen())
    await phone.page.locator('.newsroom-insights__kpi').first().waitFor()
    await phone.page.locator('.newsroom-insights__chart .recharts-surface').first().waitFor()
    await shot(phone.page, 'phone')
    expect(await pageWidth(phone.page)).toBeLessThanOrEqual(PHONE.width)
    await phone.context.close()
  })

  test('a collaborator is shown no figures', async () => {
    const desk = await newDesk(browser!)
    await logIn(desk.page, server!.url, DEMO.collaborator)
    await desk.page.goto(screen())
    await desk.page.getByText('Số liệu và báo cáo chỉ dành cho Ban Biên tập và quản trị.').waitFor()
    expect(await desk.page.locator('.newsroom-insights__kpi').count()).toBe(0)
    await desk.context.close()
  })
})
