import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEMO, logIn } from './helpers/admin'
import { PHONE, SCREENSHOT_DIR, launchBrowser, newPhone, pageWidth } from './helpers/browser'
import { samplePhoto } from './helpers/photo'
import { restClient } from './helpers/rest'
import { type RunningServer, startServer } from './helpers/server'
import { richText } from '../../src/seed/richText'

const RULES = richText('Mỗi người gửi một bài, tối đa 3 ảnh.')

/**
 * A photo contest end to end on phones (390 px): a visitor with no account enters through the public
 * page and gets a confirmation code, a board member approves the entry in the moderation queue with
 * the keyboard, and the entry shows in the gallery — without the entrant's phone number.
 */
describe('an online photo contest on phones', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  const { api, login } = restClient(() => server!.url)
  const slug = `anh-dep-que-huong-${Date.now().toString(36)}`
  const title = 'Bình minh trên đồi chè Phú Riềng'
  const phoneNumber = '0912 345 678'

  let contestId = ''
  let board = ''

  beforeAll(async () => {
    // The posting round runs with the insights collector: every second here, not every minute.
    server = await startServer({ env: { INSIGHTS_POLL_MS: '1000' } })
    browser = await launchBrowser()
    board = await login(DEMO.board)
    const me = await api('GET', '/api/users/me', board)
    const editor = await api('GET', '/api/users/me', await login(DEMO.editor))
    const feed = await api('GET', '/api/channels?where[kind][equals]=local_feed&depth=0', board)
    const created = await api('POST', '/api/contests', board, {
      title: 'Phú Riềng: Quê hương – Thân thiện – Nghĩa tình',
      slug,
      kind: 'photo',
      eligibility: 'public',
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 7 * 24 * 3_600_000).toISOString(),
      maxPhotos: 3,
      rules: RULES,
      jury: [me.user.id, editor.user.id],
      rubric: [{ criterion: 'Bố cục', weight: 1, maxPoints: 10 }],
      prizes: [{ name: 'Giải Nhất', count: 1 }],
      channels: [feed.docs[0].id],
      hashtag: '#PhuRiengQueHuong',
    })
    contestId = String(created.doc.id)
    await api('POST', `/api/contests/${contestId}/transition`, board, { action: 'open' })
  })

  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  test('a visitor enters, a moderator approves, the entry is in the gallery', async () => {
    const { page: visitor } = await newPhone(browser!)
    await visitor.goto(`${server!.url}/cuoc-thi/${slug}`)
    await visitor.getByRole('heading', { name: 'Gửi bài dự thi' }).waitFor()
    await visitor.getByLabel('Họ và tên').fill('Nguyễn Văn An')
    await visitor.getByLabel('Số điện thoại hoặc email').fill(phoneNumber)
    await visitor.getByLabel('Đơn vị / xã, phường').fill('Xã Long Hưng')
    await visitor.getByLabel('Tên tác phẩm').fill(title)
    await visitor.getByLabel('Câu chuyện, thuyết minh ngắn').fill('Sáng sớm trên đồi chè.')
    await visitor.locator('input[name="photos"]').setInputFiles(await samplePhoto('doi-che.jpg'))
    // Without the consents the form says so and sends nothing that sticks.
    await visitor.getByRole('button', { name: 'Gửi bài' }).click()
    await visitor.getByRole('alert').getByText('đồng ý').waitFor()
    await visitor.getByLabel('Tôi đã đọc và đồng ý với thể lệ cuộc thi.').check()
    await visitor.getByLabel('Tôi đồng ý để Ban Tổ chức đăng tác phẩm.').check()
    expect(await pageWidth(visitor)).toBeLessThanOrEqual(PHONE.width)
    await visitor.getByRole('button', { name: 'Gửi bài' }).click()
    const code = await visitor.getByTestId('confirmation-code').textContent()
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/)
    await visitor.getByText('Đã nhận bài dự thi số 1').waitFor()
    await visitor.screenshot({ path: path.join(SCREENSHOT_DIR, 'contests-entered.png'), fullPage: true })

    const { page: moderator } = await newPhone(browser!)
    await logIn(moderator, server!.url, DEMO.board)
    await moderator.goto(`${server!.url}/admin/duyet-bai-du-thi`)
    const entry = moderator.locator('[data-entry="1"]')
    await entry.getByText(title).waitFor()
    await moderator.waitForFunction(() =>
      [...document.querySelectorAll('[data-entry="1"] img')].every(
        (image) => (image as HTMLImageElement).naturalWidth > 0,
      ),
    )
    expect(await moderator.content()).not.toContain('0912345678')
    expect(await pageWidth(moderator)).toBeLessThanOrEqual(PHONE.width)
    await entry.click()
    await moderator.keyboard.press('a')
    await entry.getByText('Đã duyệt', { exact: true }).waitFor()
    await moderator.screenshot({ path: path.join(SCREENSHOT_DIR, 'contests-queue.png'), fullPage: true })

    await visitor.goto(`${server!.url}/cuoc-thi/${slug}`)
    const card = visitor.locator('#bai-1')
    await card.getByText(title).waitFor()
    await visitor.waitForFunction(() => {
      const image = document.querySelector('#bai-1 img') as HTMLImageElement | null
      return image !== null && image.complete && image.naturalWidth > 0
    })
    const html = await visitor.content()
    expect(html).not.toContain('0912345678')
    expect(html).not.toContain(code!)
    expect(await pageWidth(visitor)).toBeLessThanOrEqual(PHONE.width)
    await visitor.screenshot({ path: path.join(SCREENSHOT_DIR, 'contests-gallery.png'), fullPage: true })
  })

  /**
   * The board, a juror too, before its own sheet: recuses itself from the matrix and undoes it, then
   * is warned that a sheet is pending when it asks for the results, and chooses to wait.
   */
  const boardRecusesAndWaits = async (page: Page) => {
    const me = (await api('GET', '/api/users/me', board)).user
    const cell = `${me.name || me.email} — bài số 1`
    // Exact names: "Hủy miễn chấm: …" contains "miễn chấm: …".
    await page.getByRole('button', { name: `Miễn chấm: ${cell}`, exact: true }).click()
    await page.getByLabel('Lý do miễn chấm (bắt buộc)').fill('Ban Tổ chức quyết định')
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    await page.getByRole('button', { name: 'Xác nhận miễn chấm' }).click()
    await page.getByText('Bạn đã rút khỏi chấm bài này.').waitFor()
    await page.getByRole('button', { name: `Hủy miễn chấm: ${cell}`, exact: true }).click()
    await page.getByRole('button', { name: 'Cho chấm lại' }).click()
    await page.getByRole('button', { name: `Miễn chấm: ${cell}`, exact: true }).waitFor()
    await page.getByRole('button', { name: 'Tính kết quả và soạn bài công bố' }).click()
    await page.getByRole('alert').getByText('Còn 1 phiếu chấm chưa xong').waitFor()
    expect(await pageWidth(page)).toBeLessThanOrEqual(PHONE.width)
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'contests-judging-pending.png'), fullPage: true })
    await page.getByRole('button', { name: 'Chờ chấm xong' }).click()
    await page.getByText('Còn 1 phiếu chấm chưa xong').waitFor({ state: 'detached' })
  }

  test('the entry goes out on the page once, the jurors score on their phones, the results are drafted', async () => {
    const entryOf = async () =>
      (await api('GET', `/api/contest-entries?where[contest][equals]=${contestId}&depth=0`, board)).docs[0]
    const deadline = Date.now() + 60_000
    while ((await entryOf()).stage !== 'published') {
      if (Date.now() > deadline) throw new Error(`the entry was never posted:\n${server!.log()}`)
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    const { page: reader } = await newPhone(browser!)
    await reader.goto(`${server!.url}/fanpage`)
    await reader.getByText('#PhuRiengQueHuong').first().waitFor()
    await reader.getByText(title).first().waitFor()

    // The board moves the contest on from its edit view, on a phone.
    const { page: desk } = await newPhone(browser!)
    await logIn(desk, server!.url, DEMO.board)
    const boardTakes = async (action: string, stage: string) => {
      await desk.goto(`${server!.url}/admin/collections/contests/${contestId}`)
      await desk.getByRole('button', { name: action, exact: true }).click()
      await desk.locator('.newsroom-contest-stage strong', { hasText: stage }).waitFor()
      expect(await pageWidth(desk)).toBeLessThanOrEqual(PHONE.width)
      await desk.screenshot({ path: path.join(SCREENSHOT_DIR, `contests-stage-${stage}.png`), fullPage: true })
    }
    await boardTakes('Đóng nhận bài', 'Đã đóng')
    await boardTakes('Bắt đầu chấm', 'Đang chấm')
    for (const [account, points] of [
      [DEMO.editor, '7'],
      [DEMO.board, '9'],
    ] as const) {
      const { page: juror } = await newPhone(browser!)
      await logIn(juror, server!.url, account)
      await juror.goto(`${server!.url}/admin/cham-thi`)
      await juror.getByText(`Bài số 1: ${title}`).waitFor()
      if (account === DEMO.board) await boardRecusesAndWaits(juror)
      await juror.getByLabel('Bố cục (0–10)').fill(points)
      await juror.getByRole('button', { name: 'Gửi phiếu chấm' }).click()
      await juror.getByText('Đã lưu phiếu chấm.').waitFor()
      expect(await pageWidth(juror)).toBeLessThanOrEqual(PHONE.width)
      await juror.screenshot({ path: path.join(SCREENSHOT_DIR, `contests-judging-${points}.png`), fullPage: true })
      if (account === DEMO.board) {
        await juror.reload()
        await juror.getByRole('button', { name: 'Tính kết quả và soạn bài công bố' }).click()
        await juror.getByText('Giải Nhất').waitFor()
        await juror.getByRole('link', { name: 'Giấy chứng nhận' }).waitFor()
        expect(await pageWidth(juror)).toBeLessThanOrEqual(PHONE.width)
      }
    }
    expect(await entryOf()).toMatchObject({ stage: 'scored', juryScore: 80, rank: 1, prize: 'Giải Nhất' })
    await boardTakes('Công bố kết quả', 'Đã công bố kết quả')
    const contest = await api('GET', `/api/contests/${contestId}?depth=0`, board)
    const announcement = await api('GET', `/api/stories/${contest.announcement}?depth=0`, board)
    expect(announcement.stage).toBe('draft')
    expect(JSON.stringify(announcement.body)).toContain(title)
  })

  test('the network and contest screens fit a phone', async () => {
    const { page } = await newPhone(browser!)
    await logIn(page, server!.url, DEMO.board)
    for (const screen of [
      '/admin/bieu-duong',
      '/admin/chien-dich',
      '/admin/nhap-dang-vien',
      '/admin/collections/members',
      '/admin/collections/campaigns',
      '/admin/collections/contests',
      '/admin/collections/contest-entries',
    ]) {
      await page.goto(`${server!.url}${screen}`)
      await page.locator('h1').first().waitFor()
      // Measured once the screen has its figures: a chart sizes itself after they arrive.
      await page.waitForLoadState('networkidle')
      expect({ screen, fits: (await pageWidth(page)) <= PHONE.width }).toEqual({ screen, fits: true })
    }
  })
})
