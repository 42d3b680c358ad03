import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEMO, type Account, listedStage, logIn, openQueue } from './helpers/admin'
import { PHONE, SCREENSHOT_DIR, launchBrowser, newPhone, pageWidth } from './helpers/browser'
import { restClient } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'

/**
 * Share up, on a phone: the board of a grassroots page proposes an approved story to the district
 * page from the story's workflow panel, choosing a district area; the district's editor of that area
 * finds it in their queue at `submitted`, and the district board sees where it came from.
 */
describe('share up from a grassroots page (Vietnamese, 390 px)', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const suffix = Date.now().toString(36)
  const title = `Xã Long Hà ra quân làm đường giao thông nông thôn ${suffix}`
  const pageName = `Xã Long Hà ${suffix}`
  const { api, login } = restClient(() => server!.url)
  let storyId = ''
  let board: Account

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `sharing-${name}.png`), fullPage: true })

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
    server = await startServer({ logFile: path.join(SCREENSHOT_DIR, 'sharing-server.log') })
    browser = await launchBrowser()

    // The grassroots page, its area and its team, set up by an admin over REST.
    const admin = await login(DEMO.admin)
    const district = (await api('GET', '/api/pages?where[slug][equals]=huyen&depth=0', admin)).docs[0]
    const grassroots = (
      await api('POST', '/api/pages', admin, {
        name: pageName,
        slug: `long-ha-${suffix}`,
        level: 'grassroots',
        parent: district.id,
      })
    ).doc
    const area = (await api('POST', '/api/areas', admin, { name: 'Tin xã', page: grassroots.id })).doc
    const member = async (role: 'collaborator' | 'editor' | 'board', name: string): Promise<Account> => {
      const account = { email: `${role}-${suffix}@longha.local`, password: `pw-${suffix}-${role}-2024` }
      await api('POST', '/api/users', admin, {
        ...account,
        name,
        memberships: [{ page: grassroots.id, roles: [role] }],
        areas: role === 'editor' ? [area.id] : [],
      })
      return account
    }
    const ctv = await login(await member('collaborator', 'Nguyễn Văn Xã'))
    const editor = await login(await member('editor', 'Trần Biên Tập Xã'))
    board = await member('board', 'Lê Ban Biên Tập Xã')
    const boardToken = await login(board)
    storyId = String((await api('POST', '/api/stories', ctv, { title, area: area.id })).doc.id)
    for (const [token, action] of [
      [ctv, 'submit'],
      [editor, 'claim'],
      [editor, 'forward'],
      [boardToken, 'approve'],
    ] as const) {
      await api('POST', `/api/stories/${storyId}/transition`, token, { action })
    }
  }, 240_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
  }, 60_000)

  test('the grassroots board proposes it up from the workflow panel', async () => {
    const { page, context } = await newPhone(browser!)
    try {
      await logIn(page, server!.url, board)
      await page.goto(`${server!.url}/admin/collections/stories/${storyId}`)
      const propose = page.getByRole('button', { name: 'Đề xuất lên trang huyện', exact: true })
      await propose.click()
      await page.locator('[data-share-form="up"] select').selectOption({ label: 'Kinh tế' })
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
      await shot(page, '1-propose-form')
      const sent = page.waitForResponse(
        (response) => response.url().includes('/share') && response.request().method() === 'POST',
      )
      await page.locator('[data-share-send="up"]').click()
      const response = await sent
      expect(response.status()).toBe(201)
      await page.getByText('Đã đề xuất lên').waitFor()
      // The story's own history names the district page it went to.
      await page.locator('.newsroom-history__entry[data-action="shared_up"]').waitFor()
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
      await shot(page, '2-proposed')
    } finally {
      await context.close()
    }
  })

  test('the district finds it in its queue at `submitted`, with where it came from', async () => {
    const editorPhone = await newPhone(browser!)
    try {
      await logIn(editorPhone.page, server!.url, DEMO.editor)
      expect(await openQueue(editorPhone.page, server!.url, 'Chờ biên tập (mảng của tôi)')).toBe(
        'Chờ biên tập (mảng của tôi)',
      )
      expect(await listedStage(editorPhone.page, title)).toBe('Đã gửi')
      expect(await pageWidth(editorPhone.page)).toBeLessThanOrEqual(PHONE.width)
      await shot(editorPhone.page, '3-district-editor-queue')
    } finally {
      await editorPhone.context.close()
    }

    const { page, context } = await newPhone(browser!)
    try {
      await logIn(page, server!.url, DEMO.board)
      await openQueue(page, server!.url, 'Chờ duyệt')
      await page.locator('.newsroom-queues__tab', { hasText: 'Tất cả' }).click()
      await page.waitForURL((url) => url.search.includes('queue'))
      expect(await listedStage(page, title)).toBe('Đã gửi')
      await page.getByRole('link', { name: title }).first().click()
      const origin = page.locator('.newsroom-share__origin')
      await origin.waitFor()
      expect(await origin.innerText()).toContain(pageName)
      expect(await origin.innerText()).toContain('Nguyễn Văn Xã')
      await page.locator('.newsroom-history__entry[data-action="shared_in"]').waitFor()
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
      await shot(page, '4-district-board-origin')
    } finally {
      await context.close()
    }
  })
})
