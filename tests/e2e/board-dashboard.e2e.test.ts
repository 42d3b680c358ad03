import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { addDays, localDay } from '../../src/time/vietnam'
import type { GraphSimulator } from '../graph-simulator'
import { type Account, DEMO, logIn } from './helpers/admin'
import { SCREENSHOT_DIR, launchBrowser, newDesk } from './helpers/browser'
import { startServerWithFacebookPage } from './helpers/facebookPage'
import { restClient } from './helpers/rest'
import type { RunningServer } from './helpers/server'

const ADMIN: Account = { email: 'admin@demo.local', password: 'demo-admin-2024' }
const PAGE_ID = '1000'

/**
 * The board's morning: Facebook has expired the page token overnight (error 190), so a post failed;
 * the board's home must say so before anything else, and the calendar must show what goes out next.
 */
describe('board dashboard and publishing calendar (Vietnamese)', () => {
  let simulator: GraphSimulator | undefined
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let page: Page | undefined
  const suffix = Date.now().toString(36)
  const failedTitle = `Phú Riềng đón bằng nông thôn mới nâng cao ${suffix}`
  const scheduledTitle = `Hội nghị sơ kết kinh tế tập thể ${suffix}`
  const tomorrow = addDays(localDay(new Date()), 1)
  let scheduledStoryId = ''

  const { api, login } = restClient(() => server!.url)

  /** A Kinh tế story taken from draft to approved by the people whose turn it is. */
  const approvedStory = async (title: string, tokens: Record<'ctv' | 'editor' | 'board', string>) => {
    const areas = await api('GET', `/api/areas?where[name][equals]=${encodeURIComponent('Kinh tế')}`, tokens.ctv)
    const id = String((await api('POST', '/api/stories', tokens.ctv, { title, area: areas.docs[0].id })).doc.id)
    for (const [token, action] of [
      [tokens.ctv, 'submit'],
      [tokens.editor, 'claim'],
      [tokens.editor, 'forward'],
      [tokens.board, 'approve'],
    ] as const) {
      await api('POST', `/api/stories/${id}/transition`, token, { action })
    }
    return id
  }

  const waitForState = async (storyId: string, state: string, token: string) => {
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      const found = await api('GET', `/api/publications?where[story][equals]=${storyId}&depth=0`, token)
      if (found.docs[0]?.state === state) return found.docs[0]
      await new Promise((resolve) => setTimeout(resolve, 250))
    }
    throw new Error(`story ${storyId} never reached "${state}":\n${server!.log()}`)
  }

  // Not the shared stepper: it clears every screenshot in the folder, other suites' included.
  const shot = (name: string) =>
    page!.screenshot({ path: path.join(SCREENSHOT_DIR, `board-dashboard-${name}.png`), fullPage: true })

  beforeAll(async () => {
    const started = await startServerWithFacebookPage('board-dashboard', PAGE_ID)
    simulator = started.simulator
    server = started.server
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    await simulator?.close()
  }, 60_000)

  test('a post fails on an expired token (190) and another is scheduled for tomorrow', async () => {
    const tokens = {
      ctv: await login(DEMO.collaborator),
      editor: await login(DEMO.editor),
      board: await login(DEMO.board),
    }
    const admin = await login(ADMIN)
    const facebook = await api('POST', '/api/channels', admin, {
      name: 'Phú Riềng đỏ - Xưa và nay',
      kind: 'facebook_page',
      pageId: PAGE_ID,
      accessToken: 'page-token',
      enabled: true,
    })
    // The board's own page's local feed (the admin sees every page's).
    const local = await api('GET', '/api/channels?where[kind][equals]=local_feed', tokens.board)
    simulator!.expireToken(PAGE_ID)

    const failedStory = await approvedStory(failedTitle, tokens)
    await api('POST', `/api/stories/${failedStory}/transition`, tokens.board, {
      action: 'publish_now',
      channels: [facebook.doc.id],
    })
    expect((await waitForState(failedStory, 'failed', tokens.board)).lastError).toContain('190')

    scheduledStoryId = await approvedStory(scheduledTitle, tokens)
    await api('POST', `/api/stories/${scheduledStoryId}/transition`, tokens.board, {
      action: 'schedule',
      publishAt: `${tomorrow}T09:30:00+07:00`,
      channels: [local.docs[0].id],
    })
    await waitForState(scheduledStoryId, 'queued', tokens.board)
  })

  test("the board's home shows the failed publication and the channel to reconnect at the top", async () => {
    ;({ page } = await newDesk(browser!))
    await logIn(page, server!.url, DEMO.board)
    await page.goto(`${server!.url}/admin`)
    const panels = page.locator('.newsroom-dashboard .newsroom-panel')
    await panels.first().waitFor()
    // First on the page, before urgent rebuttals, approvals and the day's schedule.
    expect(await panels.first().getAttribute('data-section')).toBe('alerts')
    const alerts = page.locator('[data-section="alerts"]')
    const failedRow = alerts.locator('[data-alert="publication"]', { hasText: failedTitle })
    expect(await failedRow.getAttribute('data-state')).toBe('failed')
    expect((await failedRow.locator('.newsroom-pubstate').innerText()).trim()).toBe('Lỗi')
    expect(await failedRow.innerText()).toContain('190')
    expect(await alerts.locator('[data-alert="channel"]').innerText()).toContain(
      'Kênh “Phú Riềng đỏ - Xưa và nay” cần kết nối lại',
    )
    await shot('home')

    await failedRow.getByRole('link', { name: failedTitle }).click()
    await page.waitForURL((url) => url.pathname.startsWith('/admin/collections/publications/'))
    await page.locator('[data-publication-action="retry"]').waitFor()
    // The story's title arrives after the form: the picture should show it.
    await page.locator('#field-story', { hasText: failedTitle }).waitFor()
    await shot('failed-publication')
  })

  test('the calendar shows the scheduled post on its day, at its Vietnam time, linked to the story', async () => {
    await page!.goto(`${server!.url}/admin/lich-dang?date=${tomorrow}`)
    const entry = page!.locator(`[data-day="${tomorrow}"] .newsroom-cal-entry`, { hasText: scheduledTitle })
    await entry.waitFor()
    expect(await entry.getAttribute('data-state')).toBe('queued')
    expect((await entry.locator('.newsroom-cal-entry__time').innerText()).trim()).toBe('09:30')
    expect((await entry.locator('.newsroom-pubstate').innerText()).trim()).toBe('Chờ đăng')
    await shot('calendar-week')

    await page!.goto(`${server!.url}/admin/lich-dang?view=month&date=${tomorrow}`)
    await page!.locator(`[data-day="${tomorrow}"] .newsroom-cal-entry`, { hasText: scheduledTitle }).waitFor()
    await shot('calendar-month')

    await page!.locator(`[data-day="${tomorrow}"] .newsroom-cal-entry`, { hasText: scheduledTitle }).click()
    await page!.waitForURL((url) => url.pathname === `/admin/collections/stories/${scheduledStoryId}`)
    await page!.context().close()
  })
})
