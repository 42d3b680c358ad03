import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { findMarker } from '../../src/publishing/message'
import type { GraphSimulator } from '../graph-simulator'
import { DEMO, type Account } from './helpers/admin'
import { SCREENSHOT_DIR, launchBrowser } from './helpers/browser'
import { samplePhoto } from './helpers/photo'
import { startServerWithFacebookPage } from './helpers/facebookPage'
import type { RunningServer } from './helpers/server'

/**
 * The public fanpage as a visitor sees it: a story goes through the whole workflow over REST, the
 * server's own delivery loop publishes it to the seeded local channel, and an anonymous browser
 * reads it on a phone and on a desktop.
 */
describe('public fanpage (local feed)', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let simulator: GraphSimulator | undefined
  const PAGE_ID = '2000'
  const suffix = Date.now().toString(36)
  const title = `Phú Riềng khánh thành cầu treo ấp 5 ${suffix}`
  let storyId = ''
  // As the API returns them: a number on SQL databases, which relationship fields expect as such.
  let photoId: string | number = ''

  const api = async (method: string, route: string, token?: string, body?: unknown) => {
    const headers: Record<string, string> = {}
    if (token) headers.authorization = `JWT ${token}`
    if (body !== undefined && !(body instanceof FormData)) headers['content-type'] = 'application/json'
    const response = await fetch(`${server!.url}${route}`, {
      method,
      headers,
      body: body instanceof FormData ? body : body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, headers: response.headers, body: text.startsWith('{') ? JSON.parse(text) : text }
  }

  const tokens = new Map<string, string>()
  const login = async (account: Account) => {
    if (tokens.has(account.email)) return tokens.get(account.email)!
    const response = await api('POST', '/api/users/login', undefined, account)
    if (response.status !== 200) throw new Error(`login ${account.email}: ${response.status}`)
    tokens.set(account.email, response.body.token)
    return response.body.token as string
  }

  const upload = async (token: string, caption: string, credit: string) => {
    const photo = await samplePhoto()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(photo.buffer)], { type: photo.mimeType }), photo.name)
    form.append('_payload', JSON.stringify({ caption, credit }))
    const response = await api('POST', '/api/media', token, form)
    if (response.status !== 201) throw new Error(`upload: ${response.status} ${JSON.stringify(response.body)}`)
    return response.body.doc.id as string | number
  }

  const paragraph = (text: string) => ({
    type: 'paragraph',
    version: 1,
    children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
  })
  const bullets = (...items: string[]) => ({
    type: 'list',
    version: 1,
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    children: items.map((text, index) => ({
      type: 'listitem',
      version: 1,
      value: index + 1,
      children: [paragraph(text).children[0]],
    })),
  })

  const publishThroughWorkflow = async (data: Record<string, unknown>) => {
    const [ctv, editor, board] = [await login(DEMO.collaborator), await login(DEMO.editor), await login(DEMO.board)]
    const areas = await api('GET', `/api/areas?${new URLSearchParams({ 'where[name][equals]': 'Kinh tế' })}`, ctv)
    const channels = await api(
      'GET',
      `/api/channels?${new URLSearchParams({ 'where[kind][equals]': 'local_feed' })}`,
      board,
    )
    const created = await api('POST', '/api/stories', ctv, { area: areas.body.docs[0].id, ...data })
    if (created.status !== 201) throw new Error(`create: ${JSON.stringify(created.body)}`)
    const id = String(created.body.doc.id)
    const steps: [string, string, Record<string, unknown>?][] = [
      [ctv, 'submit'],
      [editor, 'claim'],
      [editor, 'forward'],
      [board, 'approve'],
      [board, 'publish_now', { channels: [channels.body.docs[0].id] }],
    ]
    for (const [token, action, extra] of steps) {
      const response = await api('POST', `/api/stories/${id}/transition`, token, { action, ...extra })
      if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`)
    }
    return id
  }

  const waitForPost = async (id: string, route = '/fanpage') => {
    const deadline = Date.now() + 30_000
    while (Date.now() < deadline) {
      const page = await api('GET', route)
      if (String(page.body).includes(`id="bai-${id}"`)) return String(page.body)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    throw new Error(`story ${id} never reached ${route}:\n${server!.log()}`)
  }

  const photosLoaded = (page: Page) =>
    page.waitForFunction(() => [...document.images].every((image) => image.complete && image.naturalWidth > 0))
  const screenshot = (page: Page, name: string) =>
    page.screenshot({ path: path.join(SCREENSHOT_DIR, `fanpage-${name}.png`), fullPage: true })

  const shoot = async (name: string, viewport: { width: number; height: number }, route = '/fanpage') => {
    const context = await browser!.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    const page: Page = await context.newPage()
    await page.goto(`${server!.url}${route}`)
    await page.locator(`#bai-${storyId} img`).first().waitFor()
    await photosLoaded(page)
    await screenshot(page, name)
    return { context, page }
  }

  beforeAll(async () => {
    const started = await startServerWithFacebookPage('fanpage', PAGE_ID)
    simulator = started.simulator
    server = started.server
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    await simulator?.close()
  }, 60_000)

  test('a story published through the workflow appears on / and /fanpage, photos served publicly', async () => {
    await publishThroughWorkflow({
      title: 'Hội nông dân xã tập huấn trồng tiêu hữu cơ',
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [paragraph('Hơn 80 hội viên tham dự lớp tập huấn do Hội Nông dân xã tổ chức.')],
        },
      },
    })
    const ctv = await login(DEMO.collaborator)
    photoId = await upload(ctv, 'Cầu treo mới nối ấp 5 với trung tâm xã', 'Cộng tác viên Chi bộ 1')
    const draftPhotoId = await upload(ctv, 'Ảnh chưa đăng', 'Ai đó')
    const draft = await api('POST', '/api/stories', ctv, { title: 'Nháp', photos: [draftPhotoId] })
    storyId = await publishThroughWorkflow({
      title,
      summary: 'Cây cầu dài 60 mét giúp hơn 300 hộ dân đi lại an toàn trong mùa mưa.',
      body: {
        root: {
          type: 'root',
          version: 1,
          children: [
            paragraph('Sáng 28/11, UBND xã Phú Riềng tổ chức lễ khánh thành cầu treo bắc qua suối ấp 5.'),
            bullets('Tổng vốn đầu tư 1,2 tỷ đồng', 'Nhân dân đóng góp 300 ngày công'),
            paragraph('Bà con rất phấn khởi vì con em đi học không còn phải lội suối.'),
          ],
        },
      },
      photos: [photoId],
    })

    const html = await waitForPost(storyId)
    expect(html).toContain('<html lang="vi"')
    expect(html).toContain('Phú Riềng đỏ - Xưa và nay')
    // The list as the Facebook message writes it, one "•" line each.
    expect(html).toContain('<p>• Tổng vốn đầu tư 1,2 tỷ đồng<br/>• Nhân dân đóng góp 300 ngày công</p>')
    expect(html).toContain('#KinhTe')
    expect(html).not.toContain('ctv@demo.local')
    expect(String((await api('GET', '/')).body)).toContain(`id="bai-${storyId}"`)

    // Photos are served as approved, by story and position; a draft's photo, or a media id, is not.
    expect(html).toContain(`src="/fanpage/anh/${storyId}-1"`)
    expect(html).toContain('Ảnh: Cộng tác viên Chi bộ 1')
    const photo = await fetch(`${server!.url}/fanpage/anh/${storyId}-1`)
    expect(photo.status).toBe(200)
    expect(photo.headers.get('content-type')).toBe('image/jpeg')
    expect((await photo.arrayBuffer()).byteLength).toBeGreaterThan(1000)
    expect((await fetch(`${server!.url}/fanpage/anh/${draft.body.doc.id}-1`)).status).toBe(404)
    expect((await fetch(`${server!.url}/fanpage/anh/${photoId}`)).status).toBe(404)
  })

  test('looks right on a phone and on a desktop; a permalink lands on its post', async () => {
    const mobile = await shoot('mobile', { width: 390, height: 844 })
    const overflow = await mobile.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    await mobile.context.close()

    const desktop = await shoot('desktop', { width: 1280, height: 900 })
    await desktop.context.close()

    const linked = await shoot('permalink', { width: 390, height: 844 }, `/fanpage#bai-${storyId}`)
    expect(await linked.page.locator(`#bai-${storyId}:target`).count()).toBe(1)
    await linked.context.close()
  })

  test("a reader likes a post on a phone, once; the board sees the post's views and likes", async () => {
    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${server!.url}/fanpage?bai=${storyId}`)
    const post = page.locator(`#bai-${storyId}`)
    await post.getByRole('button', { name: 'Thích', exact: true }).click()
    await post.getByRole('button', { name: 'Đã thích', exact: true }).waitFor()
    expect(await post.locator('.fp-react__count').textContent()).toBe('1 lượt thích')
    // The browser remembers the like: after a reload, liking again leaves the count at one.
    await page.reload()
    const reloaded = page.locator(`#bai-${storyId}`)
    expect(await reloaded.locator('.fp-react__count').textContent()).toBe('1 lượt thích')
    await reloaded.getByRole('button', { name: 'Thích', exact: true }).click()
    await reloaded.getByRole('button', { name: 'Đã thích', exact: true }).waitFor()
    expect(await reloaded.locator('.fp-react__count').textContent()).toBe('1 lượt thích')
    await context.close()

    const board = await login(DEMO.board)
    const figures = await api('GET', `/api/post-metrics?where[story][equals]=${storyId}&limit=50`, board)
    const byMetric = Object.fromEntries(
      figures.body.docs.map((row: { metric: string; value: number }) => [row.metric, row.value]),
    )
    expect(byMetric.reactions).toBe(1)
    expect(byMetric.post_media_view).toBeGreaterThanOrEqual(2)
    expect(byMetric.post_total_media_view_unique).toBeGreaterThanOrEqual(1)
  })

  test('ten posts a page: "Xem thêm" opens the next one, and an old post\'s permalink finds its page', async () => {
    const newer: string[] = []
    for (let index = 1; index <= 10; index += 1) {
      newer.push(await publishThroughWorkflow({ title: `Tin vắn số ${index}: Phú Riềng hôm nay` }))
    }
    for (const id of newer) await waitForPost(id)
    await waitForPost(storyId, '/fanpage?trang=2')

    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${server!.url}/fanpage`)
    expect(await page.locator('article.fp-post').count()).toBe(10)
    await page.getByRole('link', { name: 'Xem thêm', exact: true }).click()
    await page.waitForURL((url) => url.search === '?trang=2')
    await page.locator(`#bai-${storyId}`).waitFor()
    expect(await page.locator('article.fp-post').count()).toBe(2)
    expect(await page.getByRole('link', { name: 'Xem thêm', exact: true }).count()).toBe(0)
    await photosLoaded(page)
    await screenshot(page, 'page-2')

    // The engine's permalink names only the post; the page's script asks the server where it is now.
    await page.goto(`${server!.url}/fanpage#bai-${storyId}`)
    await page.waitForURL((url) => url.searchParams.get('bai') === storyId)
    await page.locator(`#bai-${storyId}:target`).waitFor()
    await context.close()
  })

  test('a rebuttal reads on /fanpage exactly as the Facebook page received it, apart from the marker', async () => {
    const [ctv, board, admin] = [await login(DEMO.collaborator), await login(DEMO.board), await login(DEMO.admin)]
    const facebook = await api('POST', '/api/channels', admin, {
      name: 'Phú Riềng đỏ - Xưa và nay',
      kind: 'facebook_page',
      pageId: PAGE_ID,
      accessToken: 'page-token',
      enabled: true,
    })
    const local = await api('GET', '/api/channels?where[kind][equals]=local_feed', board)
    const created = await api('POST', '/api/stories', ctv, {
      title: 'Không có chuyện thu hồi đất làm khu công nghiệp',
      format: 'rebuttal',
      body: { root: { type: 'root', version: 1, children: [paragraph('Thông tin lan truyền là sai sự thật.')] } },
      falseClaim: { text: 'Tin đồn: xã sắp thu hồi đất' },
      officialSources: [{ url: 'https://phurieng.binhphuoc.gov.vn/thong-bao', title: 'Thông báo của UBND xã' }],
    })
    const id = String(created.body.doc.id)
    for (const [token, action, extra] of [
      [ctv, 'submit'],
      [board, 'approve'],
      [board, 'publish_now', { channels: [facebook.body.doc.id, local.body.docs[0].id] }],
    ] as const) {
      const response = await api('POST', `/api/stories/${id}/transition`, token, { action, ...extra })
      if (response.status !== 200) throw new Error(`${action}: ${response.status} ${JSON.stringify(response.body)}`)
    }
    await waitForPost(id)
    const deadline = Date.now() + 30_000
    let post = simulator!.posts(PAGE_ID).find((candidate) => candidate.message?.startsWith('Không có chuyện'))
    while (!post && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 300))
      post = simulator!.posts(PAGE_ID).find((candidate) => candidate.message?.startsWith('Không có chuyện'))
    }
    expect(post).toBeDefined()

    const context = await browser!.newContext({ viewport: { width: 390, height: 844 }, locale: 'vi-VN' })
    const page = await context.newPage()
    await page.goto(`${server!.url}/fanpage#bai-${id}`)
    const shown = await page.locator(`#bai-${id} .fp-post__text`).innerText()
    await context.close()
    const words = (text: string) => text.replace(/\s+/g, ' ').trim()
    const sent = post!.message!.split('\n').filter((line) => findMarker(line) === null)
    expect(words(shown)).toBe(words(sent.join('\n')))
    expect(shown).toContain('Nguồn chính thức:')
  })
})
