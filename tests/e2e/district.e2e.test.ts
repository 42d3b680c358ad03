import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import type { GraphSimulator } from '../graph-simulator'
import { DEMO, logIn } from './helpers/admin'
import { PHONE, SCREENSHOT_DIR, launchBrowser, newDesk, newPhone, pageWidth } from './helpers/browser'
import { startServerWithFacebookPage } from './helpers/facebookPage'
import { restClient } from './helpers/rest'
import type { RunningServer } from './helpers/server'

const PAGE_ID = '2000'

/**
 * The district board's look over its network: a commune's Facebook token no longer works (the
 * board's connection check got 190 from Facebook), so the network view flags that page — on a desk
 * and on a phone.
 */
describe('district view (Mạng lưới trang)', () => {
  let simulator: GraphSimulator | undefined
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const suffix = Date.now().toString(36)
  const communeName = `Xã Long Hưng ${suffix}`
  const healthyName = `Xã Bù Nho ${suffix}`
  /** The pages' ids as the API gives them (numbers on SQL, strings on MongoDB). */
  const ids: Record<'commune' | 'healthy', string | number> = { commune: '', healthy: '' }

  const { api, login } = restClient(() => server!.url)

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `district-${name}.png`), fullPage: true })

  beforeAll(async () => {
    const started = await startServerWithFacebookPage('district', PAGE_ID)
    simulator = started.simulator
    server = started.server
    browser = await launchBrowser()

    // An admin sets up two grassroots pages under the district page; one gets a token Facebook refuses.
    const admin = await login(DEMO.admin)
    const district = (await api('GET', '/api/pages?where[level][equals]=district&depth=0', admin)).docs[0]
    for (const [key, name, slug] of [
      ['commune', communeName, `long-hung-${suffix}`],
      ['healthy', healthyName, `bu-nho-${suffix}`],
    ] as const) {
      ids[key] = (
        await api('POST', '/api/pages', admin, { name, slug, level: 'grassroots', parent: district.id })
      ).doc.id
    }
    const channel = await api('POST', '/api/channels', admin, {
      name: `Fanpage ${communeName}`,
      kind: 'facebook_page',
      pageId: PAGE_ID,
      accessToken: 'a-token-facebook-no-longer-accepts',
      page: ids.commune,
    })
    const check = await api('POST', `/api/channels/${channel.doc.id}/check`, admin)
    expect(check).toMatchObject({ ok: false, code: 190 })
  }, 240_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    await simulator?.close()
  }, 60_000)

  const openNetwork = async (page: Page) => {
    await logIn(page, server!.url, DEMO.board)
    // The nav offers it to the district board (the nav may still be closed: follow its link).
    const link = page.locator('#nav-newsroom-network').first()
    await expect(link.innerText()).resolves.toContain('Mạng lưới trang')
    await page.goto(`${server!.url}${await link.getAttribute('href')}`)
    await page.locator('.network__pages').waitFor()
  }

  const expectCommuneFlagged = async (page: Page) => {
    const commune = page.locator(`#trang-${String(ids.commune)}`)
    await expect(commune.getAttribute('data-flagged')).resolves.toBe('true')
    await expect(commune.locator('[data-alert="channel_reconnect"]').innerText()).resolves.toContain(
      'Kênh cần kết nối lại',
    )
    await expect(commune.locator('[data-channel-state="reconnect"]').innerText()).resolves.toContain('Cần kết nối lại')
    const healthy = page.locator(`#trang-${String(ids.healthy)}`)
    await expect(healthy.getAttribute('data-flagged')).resolves.toBe('false')
    await expect(healthy.locator('.network-flag--fine').innerText()).resolves.toBe('Bình thường')
  }

  test('at a desk: the board sees every grassroots page side by side and the commune flagged', async () => {
    const { context, page } = await newDesk(browser!)
    try {
      await openNetwork(page)
      await expect(page.locator('h1').innerText()).resolves.toBe('Mạng lưới trang')
      await expectCommuneFlagged(page)
      // Side by side: at desk width the pages' cards stand in rows of several (the demo's own
      // grassroots pages are listed too, so the two made here need not share a row).
      const tops = await page
        .locator('[id^="trang-"]')
        .evaluateAll((cards) => cards.map((card) => Math.round(card.getBoundingClientRect().top)))
      expect(tops.length).toBeGreaterThan(new Set(tops).size)
      await shot(page, 'desk')
    } finally {
      await context.close()
    }
  })

  test('on a phone (390 px): the same flags, nothing wider than the screen', async () => {
    const { context, page } = await newPhone(browser!)
    try {
      await logIn(page, server!.url, DEMO.board)
      await page.goto(`${server!.url}/admin/network`)
      await page.locator('.network__pages').waitFor()
      await expectCommuneFlagged(page)
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
      await shot(page, 'phone')
    } finally {
      await context.close()
    }
  })
})
