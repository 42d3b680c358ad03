import type { Browser, Page } from 'playwright-core'

import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { type Account, DEMO, chooseRelation, logIn, uploadPhoto } from './helpers/admin'
import { PHONE, launchBrowser, newDesk, pageWidth, stepper } from './helpers/browser'
import { samplePhoto } from './helpers/photo'
import { type RunningServer, startServer } from './helpers/server'

const NEWSROOM_NAME = 'Tòa soạn Phú Riềng đỏ'
const PAGE_ID = '1000333'
const PAGE_TOKEN = 'EAAB-e2e-connect-token-7a2b'
const SHOTS = 'role-screens'

/**
 * Each role in the admin, as the newsroom sees it: only the screens and fields of its work, in
 * Vietnamese throughout, under the newsroom's own name and mark; an admin connects a Facebook page
 * (against the Graph simulator) on one screen, checking the token before saving it.
 */
describe('role screens, wording and branding in the admin (Vietnamese)', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let simulator: GraphSimulator | undefined
  const step = stepper(SHOTS)

  const api = async (method: string, route: string, account?: Account, body?: unknown) => {
    const headers: Record<string, string> = {}
    if (account) {
      const login = await fetch(`${server!.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(account),
      })
      headers.authorization = `JWT ${((await login.json()) as { token: string }).token}`
    }
    if (body !== undefined) headers['content-type'] = 'application/json'
    const response = await fetch(`${server!.url}${route}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()
    return { status: response.status, body: text.startsWith('{') ? JSON.parse(text) : text, headers: response.headers }
  }

  /** The English the outside review found in the Vietnamese admin, and Payload's own name. */
  const expectVietnameseOnly = async (page: Page) => {
    const text = await page.locator('body').innerText()
    for (const english of [/Successfully saved/, /\bfields?\b/i, /\bSlot \d/, /auto_publish/, /Payload/]) {
      expect([page.url(), text.match(english)?.[0] ?? null]).toEqual([page.url(), null])
    }
    // Next sets the title once the route's metadata has streamed in.
    await page.waitForFunction((name) => document.title.endsWith(`· ${name}`), NEWSROOM_NAME).catch(() => {})
    expect(await page.title()).toMatch(new RegExp(`· ${NEWSROOM_NAME}$`))
    expect(await page.locator('.graphic-logo, .graphic-icon').count()).toBe(0)
  }

  const navIds = (page: Page) =>
    page.locator('.nav__link[id^="nav-"]').evaluateAll((links) => links.map((link) => link.id).sort())

  const cardIds = (page: Page) =>
    page.locator('.newsroom-dashboard__collections [id^="card-"]').evaluateAll((cards) => cards.map((card) => card.id))

  beforeAll(async () => {
    simulator = await startGraphSimulator()
    simulator.addPage({
      pageId: PAGE_ID,
      name: 'Phú Riềng đỏ - Xưa và nay',
      followers: 33_000,
      accessToken: PAGE_TOKEN,
    })
    server = await startServer({ env: { NEWSROOM_NAME, FACEBOOK_GRAPH_URL: simulator.url } })
    browser = await launchBrowser()
  }, 180_000)
  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    await simulator?.close()
  }, 60_000)

  test('the login page and the public feed carry the newsroom’s name and mark, at desk and phone width', async () => {
    const { page } = await newDesk(browser!)
    await step(page, 'login-desk', async () => {
      await page.goto(`${server!.url}/admin/login`)
      const logo = page.locator('[data-newsroom-brand="logo"]')
      expect((await logo.innerText()).trim()).toBe(NEWSROOM_NAME)
      await page.waitForFunction(() => {
        const mark = document.querySelector<HTMLImageElement>('.newsroom-brand__mark')
        return Boolean(mark?.complete && mark.naturalWidth > 0)
      })
      expect(await page.locator('link[rel="icon"]').first().getAttribute('href')).toContain('/newsroom-mark.svg')
      await expectVietnameseOnly(page)
    })
    await step(page, 'login-phone', async () => {
      await page.setViewportSize(PHONE)
      await page.reload()
      await page.locator('[data-newsroom-brand="logo"]').waitFor()
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    })
    const mark = await fetch(`${server!.url}/newsroom-mark.svg`)
    expect(mark.status).toBe(200)
    expect(mark.headers.get('content-type')).toBe('image/svg+xml')
    expect(await mark.text()).toContain('<svg')
    const fanpage = await api('GET', '/fanpage')
    expect(String(fanpage.body)).toMatch(/<link rel="icon" href="\/newsroom-mark\.svg"/)
    await page.context().close()
  })

  test('a collaborator: stories and photos only, no channel or publish time, messages in Vietnamese', async () => {
    const { page } = await newDesk(browser!)
    await step(page, 'collaborator-home', async () => {
      await logIn(page, server!.url, DEMO.collaborator)
      expect(await navIds(page)).toEqual(['nav-media', 'nav-stories'])
      expect((await cardIds(page)).sort()).toEqual(['card-media', 'card-stories'])
      await expectVietnameseOnly(page)
    })
    await step(page, 'collaborator-channels-not-found', async () => {
      await page.goto(`${server!.url}/admin/collections/channels`)
      await page.locator('.not-found').waitFor()
      expect(await page.locator('.collection-list').count()).toBe(0)
    })
    await step(page, 'collaborator-new-story', async () => {
      await page.goto(`${server!.url}/admin/collections/stories/create`)
      await page.locator('#field-title').waitFor()
      expect(await page.locator('#field-channels, #field-publishAt').count()).toBe(0)
      // Areas are out of the menu, yet still picked in the story form.
      await chooseRelation(page, 'field-area', 'Kinh tế')
      // Saving without a title: Payload's "the following fields are invalid", in Vietnamese.
      await page.locator('#action-save').click()
      const toast = page.locator('[data-sonner-toast]', { hasText: 'trường' }).first()
      await toast.waitFor()
      expect(await toast.innerText()).not.toMatch(/field/i)
    })
    await step(page, 'collaborator-upload-toast', async () => {
      await uploadPhoto(page, await samplePhoto('hoi-cho-nong-san.jpg'), 'Hội chợ nông sản', 'CTV Chi bộ 1')
      await page.locator('[data-sonner-toast]', { hasText: 'Đã lưu 1 tệp' }).first().waitFor()
      await expectVietnameseOnly(page)
    })
    await step(page, 'collaborator-saves-after-board-choice', async () => {
      await page.locator('#field-title').fill('Hội chợ nông sản Phú Riềng')
      await page.locator('#action-save').click()
      await page.waitForURL((url) => /\/admin\/collections\/stories\/(?!create)[^/]+$/.test(url.pathname))
      const id = new URL(page.url()).pathname.split('/').pop()!
      // The board picks the channel; the author's form, which does not show it, keeps it on saving.
      const local = await api('GET', '/api/channels?where[kind][equals]=local_feed', DEMO.board)
      const chosen = await api('PATCH', `/api/stories/${id}`, DEMO.board, { channels: [local.body.docs[0].id] })
      expect(chosen.status).toBe(200)
      await page.reload()
      await page.locator('#field-title').fill('Hội chợ nông sản Phú Riềng 2026')
      const saved = page.waitForResponse(
        (response) => response.url().includes(`/api/stories/${id}`) && response.request().method() === 'PATCH',
      )
      await page.locator('#action-save').click()
      expect((await saved).status()).toBe(200)
      const stored = await api('GET', `/api/stories/${id}?depth=0`, DEMO.board)
      expect(stored.body.title).toBe('Hội chợ nông sản Phú Riềng 2026')
      expect(stored.body.channels.map(String)).toEqual([String(local.body.docs[0].id)])
    })
    await step(page, 'collaborator-own-account', async () => {
      // People are out of the menu; one's own account stays, from the avatar.
      await page.goto(`${server!.url}/admin/account`)
      expect(await page.locator('#field-name').inputValue()).not.toBe('')
    })
    await step(page, 'collaborator-new-story-phone', async () => {
      await page.setViewportSize(PHONE)
      await page.goto(`${server!.url}/admin`)
      await page.locator('.newsroom-dashboard').waitFor()
      expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    })
    await page.context().close()
  })

  test('the board: publishing screens, channel and publish time on the story, the roster with its bell', async () => {
    const { page } = await newDesk(browser!)
    await step(page, 'board-home', async () => {
      await logIn(page, server!.url, DEMO.board)
      const ids = await navIds(page)
      for (const shown of ['nav-stories', 'nav-publications', 'nav-channels', 'nav-shifts', 'nav-inbox']) {
        expect(ids).toContain(shown)
      }
      for (const hidden of ['nav-areas', 'nav-units', 'nav-users', 'nav-pages', 'nav-webhook-events']) {
        expect(ids).not.toContain(hidden)
      }
      await expectVietnameseOnly(page)
    })
    await step(page, 'board-publish-time-picker', async () => {
      await page.goto(`${server!.url}/admin/collections/stories/create`)
      await page.locator('#field-channels').waitFor()
      await page.locator('#field-publishAt input').click()
      const caption = page.locator('.react-datepicker-time__header')
      await caption.waitFor()
      expect((await caption.innerText()).trim()).toBe('Giờ')
    })
    await step(page, 'board-roster-bell', async () => {
      await page.goto(`${server!.url}/admin/lich-truc`)
      await page.locator('.newsroom-roster-view').waitFor()
      await page.locator('.newsroom-bell__button').first().waitFor()
      expect(await page.title()).toBe(`Lịch trực trang · ${NEWSROOM_NAME}`)
      await expectVietnameseOnly(page)
    })
    await page.context().close()
  })

  test('an area editor: stories, publications, photos and contest entries to moderate; no channels, settings or people', async () => {
    const { page } = await newDesk(browser!)
    await step(page, 'editor-home', async () => {
      await logIn(page, server!.url, DEMO.editor)
      const ids = (await navIds(page)).filter((id) => !id.startsWith('nav-newsroom-'))
      expect(ids).toEqual(['nav-contest-entries', 'nav-media', 'nav-publications', 'nav-stories'])
      await page.goto(`${server!.url}/admin/collections/stories/create`)
      await page.locator('#field-title').waitFor()
      expect(await page.locator('#field-channels, #field-publishAt').count()).toBe(0)
      await expectVietnameseOnly(page)
    })
    await page.context().close()
  })

  test('a story published by itself says so in words in its history', async () => {
    const areas = await api('GET', `/api/areas?where[name][equals]=${encodeURIComponent('Kinh tế')}`, DEMO.collaborator)
    const local = await api('GET', '/api/channels?where[kind][equals]=local_feed', DEMO.board)
    const created = await api('POST', '/api/stories', DEMO.collaborator, {
      title: 'Phú Riềng khánh thành cầu dân sinh',
      area: areas.body.docs[0].id,
    })
    const id = String(created.body.doc.id)
    const steps: [Account, string, Record<string, unknown>?][] = [
      [DEMO.collaborator, 'submit'],
      [DEMO.editor, 'claim'],
      [DEMO.editor, 'forward'],
      [DEMO.board, 'approve'],
      [DEMO.board, 'publish_now', { channels: [local.body.docs[0].id] }],
    ]
    for (const [account, action, extra] of steps) {
      const answer = await api('POST', `/api/stories/${id}/transition`, account, { action, ...extra })
      expect([action, answer.status]).toEqual([action, 200])
    }
    const deadline = Date.now() + 30_000
    while ((await api('GET', `/api/stories/${id}?depth=0`, DEMO.board)).body.stage !== 'published') {
      if (Date.now() > deadline) throw new Error(`story ${id} was never published:\n${server!.log()}`)
      await new Promise((resolve) => setTimeout(resolve, 300))
    }
    const { page } = await newDesk(browser!)
    await step(page, 'history-auto-publish', async () => {
      await logIn(page, server!.url, DEMO.board)
      await page.goto(`${server!.url}/admin/collections/stories/${id}`)
      const entry = page.locator('.newsroom-history__entry[data-action="auto_publish"]')
      await entry.waitFor()
      expect(await entry.locator('strong').innerText()).toBe('Tự động đăng')
      await expectVietnameseOnly(page)
    })
    await page.context().close()
  })

  test('an admin: settings in words, and a Facebook page connected on one screen, checked before saving', async () => {
    const { page } = await newDesk(browser!)
    await step(page, 'admin-home', async () => {
      await logIn(page, server!.url, DEMO.admin)
      const ids = await navIds(page)
      for (const shown of ['nav-areas', 'nav-units', 'nav-users', 'nav-channels', 'nav-pages']) {
        expect(ids).toContain(shown)
      }
    })
    await step(page, 'admin-duty-settings', async () => {
      // Each page keeps its own duty slots, on the page document.
      const district = await api('GET', '/api/pages?where[level][equals]=district&depth=0', DEMO.admin)
      await page.goto(`${server!.url}/admin/collections/pages/${district.body.docs[0].id}`)
      const rows = page.locator('[data-slot-row]')
      await rows.first().waitFor()
      expect(await rows.allInnerTexts()).toEqual(['Sáng · 06:00–11:00', 'Chiều · 11:00–17:00', 'Tối · 17:00–22:00'])
      await expectVietnameseOnly(page)
    })
    await step(page, 'admin-channels-list', async () => {
      await page.goto(`${server!.url}/admin/collections/channels`)
      await page.locator('[data-flag]').first().waitFor()
      // The words as written (the list's CSS shows them in capitals).
      const cells = await page.locator('tbody [data-flag]').allTextContents()
      expect(cells).toContain('Đang dùng')
      expect(cells.join(' ')).not.toMatch(/đúng|sai/i)
      await expectVietnameseOnly(page)
    })

    const before = (await api('GET', '/api/channels?limit=0', DEMO.admin)).body.totalDocs
    await step(page, 'admin-connect-wrong-token', async () => {
      await page.goto(`${server!.url}/admin/collections/channels/create`)
      // The kind first: its field appears once the form's state comes back from the server, and a
      // state request still running for an earlier keystroke must not be the last word. A click that
      // lands while the admin is still hydrating can leave the select unchanged: choose until it shows.
      const chooseFacebook = async () => {
        await page.locator('#field-kind .rs__control').click()
        await page.locator('.rs__option', { hasText: 'Trang Facebook' }).click()
        return page
          .locator('#field-kind .rs__single-value', { hasText: 'Trang Facebook' })
          .waitFor({ timeout: 5_000 })
          .then(
            () => true,
            () => false,
          )
      }
      let chosen = false
      for (let attempt = 0; attempt < 3 && !chosen; attempt += 1) chosen = await chooseFacebook()
      await page.locator('#field-facebookPageId').waitFor()
      await page.locator('#field-name').fill('Phú Riềng đỏ - Xưa và nay')
      await page.locator('#field-facebookPageId').fill(PAGE_ID)
      const field = page.locator('[data-token-field="empty"]')
      await field.waitFor()
      expect(await page.getByRole('button', { name: 'Kết nối lại' }).count()).toBe(0)
      await field.locator('[data-token-input]').fill('EAAB-expired-or-mistyped')
      await field.locator('[data-channel-check]').click()
      const result = field.locator('[data-check-result="failed"]')
      await result.waitFor()
      expect(await result.innerText()).toContain('Mã truy cập đã hết hạn')
    })
    await step(page, 'admin-connect-checked', async () => {
      const field = page.locator('[data-token-field="empty"]')
      await field.locator('[data-token-input]').fill(PAGE_TOKEN)
      await field.locator('[data-channel-check]').click()
      const result = field.locator('[data-check-result="ok"]')
      await result.waitFor()
      expect(await result.innerText()).toContain('Trang “Phú Riềng đỏ - Xưa và nay” · 33.000 người theo dõi')
      // Checked, not saved.
      expect((await api('GET', '/api/channels?limit=0', DEMO.admin)).body.totalDocs).toBe(before)
    })
    let channelId = ''
    await step(page, 'admin-connect-saved', async () => {
      await page.locator('#action-save').click()
      await page.waitForURL((url) => /\/admin\/collections\/channels\/(?!create)[^/]+$/.test(url.pathname))
      channelId = new URL(page.url()).pathname.split('/').pop()!
      const stored = page.locator('[data-token-field="stored"]')
      await stored.waitFor()
      expect(await stored.innerText()).toContain('Đã lưu mã truy cập trang')
      await page.getByRole('button', { name: 'Kết nối lại' }).waitFor()
      expect(await page.content()).not.toContain(PAGE_TOKEN)
      await expectVietnameseOnly(page)
    })
    const saved = await api('POST', `/api/channels/${channelId}/check`, DEMO.admin)
    expect(saved.body).toEqual({ ok: true, name: 'Phú Riềng đỏ - Xưa và nay', followers: 33_000 })
    await step(page, 'admin-channel-phone', async () => {
      await page.setViewportSize(PHONE)
      await page.reload()
      await page.getByRole('button', { name: 'Kết nối lại' }).click()
      await page.locator('[data-token-input]').waitFor()
      // The connection field fits the phone (the edit view around it is the phone layout's work).
      const box = await page.locator('[data-token-field]').boundingBox()
      expect(box!.x).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width)
    })
    await page.context().close()
  })
})
