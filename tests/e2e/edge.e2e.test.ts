import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import type { Browser } from 'playwright-core'

import { DEMO, logIn } from './helpers/admin'
import { SCREENSHOT_DIR, launchBrowser, newDesk } from './helpers/browser'
import { type RunningServer, startServer } from './helpers/server'

/**
 * The HTTP edge as a browser meets it: the admin still loads and signs in behind the security
 * headers, and a page of another site cannot use the signed-in user's cookie to create a story.
 */
describe('the HTTP edge in a browser', () => {
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let otherSite: http.Server | undefined
  let otherSiteUrl = ''
  const forgedTitle = `Bài giả mạo từ trang khác ${Date.now().toString(36)}`

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
    server = await startServer({ logFile: path.join(SCREENSHOT_DIR, 'edge-server.log') })
    browser = await launchBrowser()
    // Another site on the same host (another port is another origin, yet the same site, so the
    // SameSite=Lax cookie goes along): a page that posts a story form to the newsroom on load.
    otherSite = http.createServer((_req, res) => {
      res.setHeader('content-type', 'text/html; charset=utf-8')
      res.end(`<!doctype html><form method="post" enctype="multipart/form-data" action="${server!.url}/api/stories">
        <input type="hidden" name="_payload" value='${JSON.stringify({ title: forgedTitle })}'>
      </form><script>document.forms[0].submit()</script>`)
    })
    await new Promise<void>((resolve) => otherSite!.listen(0, '127.0.0.1', resolve))
    otherSiteUrl = `http://127.0.0.1:${(otherSite.address() as AddressInfo).port}/`
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await new Promise((resolve) => otherSite?.close(resolve))
    await server?.stop()
  }, 60_000)

  const storiesTitled = async (title: string) => {
    const login = await fetch(`${server!.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(DEMO.board),
    })
    const { token } = (await login.json()) as { token: string }
    const found = await fetch(`${server!.url}/api/stories?${new URLSearchParams({ 'where[title][equals]': title })}`, {
      headers: { authorization: `JWT ${token}` },
    })
    return ((await found.json()) as { totalDocs: number }).totalDocs
  }

  test('the admin carries the security headers, and its login form still signs in', async () => {
    const { context, page } = await newDesk(browser!)
    const response = await page.goto(`${server!.url}/admin/login`)
    const headers = response!.headers()
    expect(headers['x-frame-options']).toBe('SAMEORIGIN')
    expect(headers['content-security-policy']).toContain("frame-ancestors 'self'")
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('same-origin')
    expect(headers['x-powered-by']).toBeUndefined()

    await logIn(page, server!.url, DEMO.collaborator)
    const cookie = (await context.cookies()).find((each) => each.name === 'payload-token')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'edge-signed-in.png') })

    // Signed in, the collaborator visits another site, whose page posts a story in their name.
    const forged = page.waitForResponse((each) => each.url() === `${server!.url}/api/stories`)
    await page.goto(otherSiteUrl)
    const answer = await forged
    expect(answer.status()).toBe(403)
    expect(((await answer.json()) as { errors: { data: { code: string } }[] }).errors[0]!.data.code).toBe(
      'cross_site_request',
    )
    expect(await storiesTitled(forgedTitle)).toBe(0)
    await context.close()
  })
})
