import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEMO, logIn } from './helpers/admin'
import { SCREENSHOT_DIR, launchBrowser, newDesk, stepper } from './helpers/browser'
import { type RunningServer, startServer } from './helpers/server'

/**
 * The admin's own forms send shapes of their own (an empty list as its row count, relationships as
 * ids, cleared fields as null): the input guard (src/input) must let every one of them through. An
 * admin edits and saves a user, an area, a unit, a channel and the duty settings.
 */
describe('admin forms save through the input guard', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let page: Page
  const step = stepper('admin-forms')
  const stamp = Date.now().toString(36)

  beforeAll(async () => {
    server = await startServer({ logFile: path.join(SCREENSHOT_DIR, 'admin-forms', 'server.log') })
    browser = await launchBrowser()
    page = (await newDesk(browser)).page
    await step(page, 'admin-login', () => logIn(page, server!.url, DEMO.admin))
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
  }, 60_000)

  /** The first document of a collection, by the admin's REST session (the page's cookie). */
  const firstId = async (collection: string, where = '') => {
    const response = await page.request.get(`${server!.url}/api/${collection}?limit=1&depth=0${where}`)
    return (await response.json()).docs[0].id as string | number
  }

  /** Opens an edit form, types into one text field, saves, and returns the save's HTTP status. */
  const editAndSave = async (url: string, fieldId: string, value: string) => {
    await page.goto(`${server!.url}${url}`)
    const field = page.locator(`#${fieldId}`)
    await field.waitFor()
    await field.fill(value)
    const saved = page.waitForResponse(
      (response) => response.url().includes('/api/') && ['POST', 'PATCH'].includes(response.request().method()),
    )
    await page.locator('#action-save').click()
    const response = await saved
    return { status: response.status(), body: await response.text() }
  }

  test.each([
    [
      'a user',
      async (): Promise<string> =>
        `/admin/collections/users/${await firstId('users', '&where[email][equals]=ctv@demo.local')}`,
      'field-phone',
    ],
    ['an area', async (): Promise<string> => `/admin/collections/areas/${await firstId('areas')}`, 'field-description'],
    ['a unit', async (): Promise<string> => `/admin/collections/units/${await firstId('units')}`, 'field-name'],
    [
      'a channel',
      async (): Promise<string> => `/admin/collections/channels/${await firstId('channels')}`,
      'field-name',
    ],
    [
      'a page’s duty settings',
      async (): Promise<string> =>
        `/admin/collections/pages/${await firstId('pages', '&where[level][equals]=district')}`,
      'field-dutySlots__0__name',
    ],
  ] as const)('%s', async (name, url, fieldId) => {
    const saved = await step(page, name.replace(/\W+/g, '-'), async () =>
      editAndSave(await url(), fieldId, `${fieldId === 'field-dutySlots__0__name' ? 'Sáng' : 'Sửa'} ${stamp}`),
    )
    expect(saved).toMatchObject({ status: 200 })
  })
})
