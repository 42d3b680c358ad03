import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import {
  DEMO,
  chooseRelation,
  listedStage,
  logIn,
  openQueue,
  stageBadge,
  takeAction,
  uploadPhoto,
} from './helpers/admin'
import { SCREENSHOT_DIR, launchBrowser, newDesk, stepper } from './helpers/browser'
import { samplePhoto } from './helpers/photo'
import { type RunningServer, startServer } from './helpers/server'

/**
 * The editorial loop through the admin, as three people do it: a collaborator writes and sends a
 * story with a photo, the area editor claims and forwards it, the board approves it.
 */
describe('editorial loop in the admin (Vietnamese)', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const step = stepper()
  const title = `Nông dân Phú Riềng thu hoạch điều mùa mới ${Date.now().toString(36)}`
  let storyPath = ''

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(SCREENSHOT_DIR, 'server.log') })
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
  }, 60_000)

  const desk = async (account: (typeof DEMO)[keyof typeof DEMO], name: string): Promise<Page> => {
    const { page } = await newDesk(browser!)
    await step(page, `${name}-login`, () => logIn(page, server!.url, account))
    return page
  }

  test('collaborator writes and sends a story with a photo', async () => {
    const page = await desk(DEMO.collaborator, 'collaborator')
    await step(page, 'collaborator-writes-story', async () => {
      await page.goto(`${server!.url}/admin/collections/stories/create`)
      await page.locator('#field-title').fill(title)
      const body = page.locator('.field-type.rich-text-lexical [contenteditable="true"]')
      await body.click()
      await page.keyboard.type('Vụ điều năm nay được mùa, giá thu mua ổn định, bà con phấn khởi.')
      await chooseRelation(page, 'field-area', 'Kinh tế')
      await uploadPhoto(page, await samplePhoto(), 'Bà con thu hoạch điều tại ấp 3', 'Cộng tác viên Chi bộ 1')
      expect(await page.locator('.newsroom-workflow__hint').first().innerText()).toBe('Lưu bài trước khi gửi.')
    })
    await step(page, 'collaborator-saves-story', async () => {
      await page.locator('#action-save').click()
      await page.waitForURL((url) => /\/admin\/collections\/stories\/(?!create)[^/]+$/.test(url.pathname))
      storyPath = new URL(page.url()).pathname
      expect(await stageBadge(page, 'draft')).toBe('Bản nháp')
    })
    await step(page, 'collaborator-sends-story', async () => {
      expect(await takeAction(page, 'Gửi bài', 'submitted')).toBe('Đã gửi')
    })
    await page.context().close()
  })

  test('the Kinh tế editor finds it in their queue, claims it and forwards it to the board', async () => {
    const page = await desk(DEMO.editor, 'editor')
    await step(page, 'editor-queue', async () => {
      expect(await openQueue(page, server!.url, 'Chờ biên tập (mảng của tôi)')).toBe('Chờ biên tập (mảng của tôi)')
      expect(await listedStage(page, title)).toBe('Đã gửi')
    })
    await step(page, 'editor-opens-story', async () => {
      await page.getByRole('link', { name: title }).click()
      await page.waitForURL((url) => url.pathname === storyPath)
      expect(await stageBadge(page, 'submitted')).toBe('Đã gửi')
    })
    await step(page, 'editor-claims', async () => {
      expect(await takeAction(page, 'Nhận biên tập', 'in_review')).toBe('Đang biên tập')
    })
    await step(page, 'editor-forwards', async () => {
      expect(await takeAction(page, 'Chuyển Ban Biên tập', 'awaiting_approval')).toBe('Chờ duyệt')
    })
    await page.context().close()
  })

  test('the board finds it under "Chờ duyệt" and approves it', async () => {
    const page = await desk(DEMO.board, 'board')
    await step(page, 'board-queue', async () => {
      expect(await openQueue(page, server!.url, 'Chờ duyệt')).toBe('Chờ duyệt')
      expect(await listedStage(page, title)).toBe('Chờ duyệt')
    })
    await step(page, 'board-opens-story', async () => {
      await page.getByRole('link', { name: title }).click()
      await page.waitForURL((url) => url.pathname === storyPath)
      expect(await stageBadge(page, 'awaiting_approval')).toBe('Chờ duyệt')
    })
    await step(page, 'board-approves', async () => {
      expect(await takeAction(page, 'Duyệt', 'approved', true)).toBe('Đã duyệt')
      // Approved content is frozen: the form must have been refreshed into read-only.
      await page.locator('#field-title[disabled], #field-title[readonly]').waitFor()
    })
    await page.context().close()
  })

  test('the REST API agrees: approved, with the four steps and who took them', async () => {
    const api = async (pathname: string, init: RequestInit = {}) => {
      const response = await fetch(`${server!.url}/api${pathname}`, init)
      expect(response.status).toBe(200)
      return response.json()
    }
    const { token } = await api('/users/login', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(DEMO.board),
    })
    const auth = { headers: { Authorization: `JWT ${token}` } }
    const idOf = async (email: string) =>
      (await api(`/users?where[email][equals]=${encodeURIComponent(email)}&depth=0`, auth)).docs[0].id
    const [collaborator, editor, board] = await Promise.all([
      idOf(DEMO.collaborator.email),
      idOf(DEMO.editor.email),
      idOf(DEMO.board.email),
    ])

    const story = await api(`/stories/${storyPath.split('/').pop()}?depth=0`, auth)
    expect(story.title).toBe(title)
    expect(story.stage).toBe('approved')
    expect(story.author).toBe(collaborator)
    expect(story.photos).toHaveLength(1)
    expect(
      story.history.map(({ action, from, to, by }: Record<string, unknown>) => ({ action, from, to, by })),
    ).toEqual([
      { action: 'submit', from: 'draft', to: 'submitted', by: collaborator },
      { action: 'claim', from: 'submitted', to: 'in_review', by: editor },
      { action: 'forward', from: 'in_review', to: 'awaiting_approval', by: editor },
      { action: 'approve', from: 'awaiting_approval', to: 'approved', by: board },
    ])
  })
})
