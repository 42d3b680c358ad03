import path from 'node:path'

import type { Browser, Locator, Page } from 'playwright-core'

import type { GraphSimulator } from '../graph-simulator'
import { type Account, DEMO, chooseRelation, logIn, stageBadge, takeAction } from './helpers/admin'
import { PHONE, SCREENSHOT_DIR, launchBrowser, newPhone, pageWidth } from './helpers/browser'
import { samplePhoto } from './helpers/photo'
import { startServerWithFacebookPage } from './helpers/facebookPage'
import { restClient } from './helpers/rest'
import type { RunningServer } from './helpers/server'

const PAGE_ID = '3000'

/**
 * The newsroom on a 390 px phone, as its collaborators mostly use it: a collaborator uploads a photo
 * (forgetting its caption and credit first) and sends a story, the area editor reviews it with its
 * pictures, the board reads the publications list and the roster, and the author finds the links to
 * the published post. No page may be wider than the screen.
 */
describe('the admin on a phone (390 px)', () => {
  let simulator: GraphSimulator | undefined
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const suffix = Date.now().toString(36)
  const title = `Đoàn viên Phú Riềng trồng cây xanh ven đường ${suffix}`
  const caption = 'Đoàn viên trồng cây trên tuyến đường ấp 2'
  const credit = 'Cộng tác viên Chi bộ 1'
  let storyPath = ''

  const { api, login } = restClient(() => server!.url)

  // Not the shared stepper: it clears every screenshot in the folder, other suites' included.
  const shot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `phone-${name}.png`), fullPage: true })

  const phone = async (account: Account) => {
    const { page } = await newPhone(browser!)
    await logIn(page, server!.url, account)
    return page
  }

  /** Nothing reaches past the right edge: the reader never scrolls sideways. */
  const expectFits = async (page: Page) => expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)

  /**
   * On screen and the topmost thing at its centre: a tap there reaches it, not a toast over it.
   * Measured and hit-tested in one script run, on one layout: the edit view may still be settling
   * (its controls above the form can gain a line a moment after the panel shows), and a box read one
   * step earlier then points at whatever moved into its place.
   */
  const expectTappable = async (target: Locator) => {
    await target.scrollIntoViewIfNeeded()
    const placement = await target.evaluate((element) => {
      const box = element.getBoundingClientRect()
      const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)
      return { left: box.left, right: box.right, onTop: hit !== null && element.contains(hit) }
    })
    expect(placement.left).toBeGreaterThanOrEqual(0)
    expect(placement.right).toBeLessThanOrEqual(PHONE.width)
    expect(placement.onTop).toBe(true)
  }

  /** Every picture in `list` has arrived and decoded (a broken or refused one never does). */
  const photosLoaded = async (page: Page, list: Locator) =>
    page.waitForFunction(
      (element) => [...element!.querySelectorAll('img')].every((image) => image.complete && image.naturalWidth > 0),
      await list.elementHandle(),
    )

  beforeAll(async () => {
    const started = await startServerWithFacebookPage('phone', PAGE_ID)
    simulator = started.simulator
    server = started.server
    browser = await launchBrowser()
    await api('POST', '/api/channels', await login(DEMO.admin), {
      name: 'Phú Riềng đỏ - Xưa và nay',
      kind: 'facebook_page',
      pageId: PAGE_ID,
      accessToken: 'page-token',
      enabled: true,
    })
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    await simulator?.close()
  }, 60_000)

  test('the upload drawer marks a missing caption and credit, and its Save bar stays tappable under the toasts', async () => {
    const page = await phone(DEMO.collaborator)
    await page.goto(`${server!.url}/admin/collections/stories/create`)
    await page.locator('#field-title').fill(title)
    await page.locator('.field-type.rich-text-lexical [contenteditable="true"]').click()
    await page.keyboard.type('Hơn 200 cây sao đen được trồng dọc tuyến đường mới của ấp 2.')
    await chooseRelation(page, 'field-area', 'Kinh tế')

    await page.locator('.field-type.upload').getByRole('button', { name: 'Tạo mới', exact: true }).click()
    await page
      .locator('.dropzone input[type="file"]')
      .last()
      .setInputFiles(await samplePhoto('cay-xanh.jpg'))
    const drawer = page.locator('.bulk-upload--file-manager')
    const form = drawer.locator('.bulk-upload--file-manager__editView')
    await form.locator('#field-caption').waitFor()
    const save = drawer.getByRole('button', { name: 'Lưu', exact: true }).filter({ visible: true })
    const upload = () =>
      page.waitForResponse(
        (response) => new URL(response.url()).pathname === '/api/media' && response.request().method() === 'POST',
      )

    let answer = upload()
    await save.click()
    expect((await answer).status()).toBe(400)
    // The fields themselves say what is missing, not only a toast.
    for (const field of ['caption', 'credit']) {
      await form.locator(`.field-type.error:has(#field-${field})`).waitFor()
    }
    await page.locator('[data-sonner-toast]').first().waitFor()
    await shot(page, 'upload-missing-fields')
    await expectFits(page)
    await expectTappable(save)

    await form.locator('#field-caption').fill(caption)
    await form.locator('#field-credit').fill(credit)
    answer = upload()
    await save.click()
    expect((await answer).status()).toBe(201)
    await drawer.waitFor({ state: 'detached' })
    await page.locator('.field-type.upload').getByText('cay-xanh.jpg').first().waitFor()

    await page.locator('#action-save').click()
    await page.waitForURL((url) => /\/admin\/collections\/stories\/(?!create)[^/]+$/.test(url.pathname))
    storyPath = new URL(page.url()).pathname
    expect(await stageBadge(page, 'draft')).toBe('Bản nháp')
    expect(await takeAction(page, 'Gửi bài', 'submitted')).toBe('Đã gửi')
    await shot(page, 'story-sent')
    await expectFits(page)

    // The stories list names the story's area (the same relationship cell as the publications list).
    await page.goto(`${server!.url}/admin/collections/stories`)
    const row = page.locator('tbody tr', { hasText: title })
    await row.locator('.newsroom-relation-cell[data-loaded="true"]', { hasText: 'Kinh tế' }).waitFor()
    await expectFits(page)
    await page.context().close()
  })

  test('the area editor reviews the story on a phone with its photo, caption and credit, in the form and the panel', async () => {
    const page = await phone(DEMO.editor)
    await page.goto(`${server!.url}${storyPath}`)
    expect(await stageBadge(page, 'submitted')).toBe('Đã gửi')
    for (const list of [
      page.locator('.newsroom-photos:not(.newsroom-photos--compact)'),
      page.locator('.newsroom-workflow .newsroom-photos--compact'),
    ]) {
      const item = list.locator('.newsroom-photos__item')
      await item.locator('img').waitFor()
      expect(await item.count()).toBe(1)
      expect(await item.locator('.newsroom-photos__caption').innerText()).toBe(caption)
      expect(await item.locator('.newsroom-photos__credit').innerText()).toBe(`Ảnh: ${credit}`)
      await photosLoaded(page, list)
    }
    // The picture comes through the media API: the editor may read it, nobody signed out may.
    const src = await page.locator('.newsroom-photos__item img').first().getAttribute('src')
    expect(src).toMatch(/^\/api\/media\/file\//)
    expect((await fetch(`${server!.url}${src}`)).status).toBe(403)
    await shot(page, 'editor-review')
    await expectFits(page)

    expect(await takeAction(page, 'Nhận biên tập', 'in_review')).toBe('Đang biên tập')
    expect(await takeAction(page, 'Chuyển Ban Biên tập', 'awaiting_approval')).toBe('Chờ duyệt')
    await page.context().close()
  })

  test('the board on a phone: the publications list names every story, the roster shows days as cards', async () => {
    const board = await login(DEMO.board)
    const storyId = storyPath.split('/').pop()!
    const channels = await api('GET', '/api/channels?depth=0', board)
    await api('POST', `/api/stories/${storyId}/transition`, board, { action: 'approve' })
    await api('POST', `/api/stories/${storyId}/transition`, board, {
      action: 'publish_now',
      channels: channels.docs.map((channel: { id: unknown }) => channel.id),
    })
    const deadline = Date.now() + 30_000
    while ((await api('GET', `/api/stories/${storyId}?depth=0`, board)).stage !== 'published') {
      if (Date.now() > deadline) throw new Error(`story ${storyId} never published:\n${server!.log()}`)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }

    const page = await phone(DEMO.board)
    // Payload's own cell showed "‹Không có Bài viết›" on most phone loads: every load must name the story.
    for (let load = 0; load < 3; load += 1) {
      await page.goto(`${server!.url}/admin/collections/publications`)
      const cells = page.locator('tbody tr .newsroom-relation-cell[data-loaded="true"]')
      await cells.filter({ hasText: title }).first().waitFor()
      expect(await page.locator('tbody').innerText()).not.toContain('Không có')
      expect(await page.locator('tbody tr', { hasText: title }).count()).toBe(2)
    }
    await shot(page, 'publications')
    await expectFits(page)

    await page.goto(`${server!.url}/admin/lich-truc`)
    await page.getByRole('heading', { name: 'Lịch trực trang' }).waitFor()
    const monday = page.locator('tbody tr').first()
    // Each cell names its own slot, the table's headings being hidden on a phone.
    expect(await monday.locator('.newsroom-roster__cell-slot').first().isVisible()).toBe(true)
    expect(await monday.locator('.newsroom-roster__cell-slot').first().innerText()).toMatch(
      /^Sáng \d\d:\d\d–\d\d:\d\d$/,
    )
    const firstCell = monday.locator('td.newsroom-roster__cell').first()
    const cellBox = (await firstCell.boundingBox())!
    // A day is a card as wide as the screen allows, not a squeezed table column.
    expect(cellBox.width).toBeGreaterThan(PHONE.width * 0.8)
    await shot(page, 'roster')
    await expectFits(page)
    await page.context().close()
  })

  test('the author finds the links to the published post in the panel and in the bell', async () => {
    const storyId = storyPath.split('/').pop()!
    const [post] = simulator!.posts(PAGE_ID)
    expect(post?.permalink_url).toMatch(/^https:\/\//)
    const localLink = `/fanpage?bai=${storyId}#bai-${storyId}`

    const page = await phone(DEMO.collaborator)
    await page.goto(`${server!.url}${storyPath}`)
    expect(await stageBadge(page, 'published')).toBe('Đã đăng')
    const links = page.locator('.newsroom-workflow .newsroom-posts a')
    await links.first().waitFor()
    expect(await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')))).toEqual([
      localLink,
      post!.permalink_url,
    ])
    expect(await links.first().innerText()).toContain('Fanpage (xem trước)')
    await expectTappable(links.first())
    await shot(page, 'author-links')
    await expectFits(page)
    // The local link lands on the post.
    expect(await (await fetch(`${server!.url}${localLink}`)).text()).toContain(`id="bai-${storyId}"`)

    await page.locator('.newsroom-bell__button').click()
    const published = page.locator('.newsroom-bell li', { hasText: 'đã được đăng' })
    await published.first().waitFor()
    expect(
      await published
        .locator('.newsroom-bell__links a')
        .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href'))),
    ).toEqual([localLink, post!.permalink_url])
    await shot(page, 'author-bell')
    await page.context().close()
  })
})
