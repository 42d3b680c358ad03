import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEMO, logIn } from './helpers/admin'
import { PHONE, SCREENSHOT_DIR, launchBrowser, newPhone, pageWidth } from './helpers/browser'
import { restClient } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'

/**
 * Issue 10 in the browser, on a 390 px phone: a unit lead opens the members list, goes to the import
 * screen, previews a CSV (rows of their cell created, another cell's and a bad phone refused), imports
 * it with the progress bar, and finds the new members in the list. Nothing is wider than the screen.
 */
describe('a unit lead imports their cell’s members', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const suffix = Date.now().toString(36)
  const lead = { email: `bithu-${suffix}@test.local`, password: `bi-thu-${suffix}-pw` }
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'members-e2e-')), 'danh-sach.csv')
  const { api, login } = restClient(() => server!.url)

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `members-${name}.png`), fullPage: true })
  const expectFits = async (page: Page) => expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)

  beforeAll(async () => {
    server = await startServer()
    browser = await launchBrowser()
    const admin = await login(DEMO.admin)
    const district = (await api('GET', '/api/pages?where[level][equals]=district&depth=0', admin)).docs[0].id
    const cell = (await api('GET', `/api/units?where[name][equals]=${encodeURIComponent('Chi bộ 1')}`, admin)).docs[0]
      .id
    await api('POST', '/api/users', admin, {
      ...lead,
      name: 'Bí thư Chi bộ 1',
      roles: ['unit_lead'],
      memberships: [{ page: district, roles: ['unit_lead'] }],
      unit: cell,
    })
    fs.writeFileSync(
      file,
      '\uFEFFHọ và tên;Chi bộ;Số điện thoại;Facebook\r\n' +
        `Đinh Văn Nhập ${suffix};Chi bộ 1;0987 000 001;https://m.facebook.com/dinh.nhap.${suffix}\r\n` +
        `Đinh Thị Hai ${suffix};Chi bộ 1;+84987000002;\r\n` +
        `Người Chi Khác ${suffix};Chi bộ 2;0987000003;\r\n` +
        `Số Sai ${suffix};Chi bộ 1;12345;\r\n`,
    )
  }, 240_000)

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('preview, import with progress, then the list shows them', async () => {
    const { page } = await newPhone(browser!)
    await logIn(page, server!.url, lead)
    await page.goto(`${server!.url}/admin/collections/members`)
    await page.getByText('Nhập từ tệp').click()
    await page.waitForURL((url) => url.pathname === '/admin/nhap-dang-vien')
    await page.locator('input[type="file"]').setInputFiles(file)
    await page.getByRole('button', { name: 'Xem trước' }).click()
    await page.locator('.newsroom-members__table tbody tr').nth(3).waitFor()
    const actions = await page
      .locator('.newsroom-members__table tbody tr')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-action')))
    expect(actions).toEqual(['create', 'create', 'refused', 'refused'])
    expect(await page.locator('.newsroom-members__table').innerText()).toContain('chi bộ của mình')
    await expectFits(page)
    await shot(page, 'preview')

    await page.getByRole('button', { name: 'Nhập', exact: true }).click()
    await page.getByText('Đã nhập xong.').waitFor()
    expect(await page.locator('progress').getAttribute('value')).toBe('100')
    await expectFits(page)

    await page.goto(`${server!.url}/admin/collections/members`)
    await page.getByText(`Đinh Văn Nhập ${suffix}`).waitFor()
    expect(await page.getByText(`Đinh Thị Hai ${suffix}`).count()).toBe(1)
    expect(await page.getByText(`Người Chi Khác ${suffix}`).count()).toBe(0)
    await expectFits(page)
    await shot(page, 'list')
  })
})
