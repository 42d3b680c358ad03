import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { DEMO, logIn } from './helpers/admin'
import { SCREENSHOT_DIR, launchBrowser, newDesk } from './helpers/browser'
import { type RunningServer, startServer } from './helpers/server'

/**
 * Running it for real: the server started as `npm start` does, with the daily backup switched on. Its
 * health answers 200 only once the backup made at start is there; every answer carries a request id
 * that its JSON log line names; the board's home shows the same health.
 */
describe('operations: health, request logs, scheduled backup', () => {
  const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-e2e-backups-'))
  let server: RunningServer | undefined
  let browser: Browser | undefined
  let page: Page | undefined

  beforeAll(async () => {
    fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
    server = await startServer({ env: { BACKUP_SCHEDULE: 'on', BACKUP_DIR: backupDir } })
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close().catch(() => {})
    await server?.stop()
    fs.rmSync(backupDir, { recursive: true, force: true })
  }, 60_000)

  test('/healthz: the database, the loops and the backup made at start are all fine', async () => {
    const response = await fetch(`${server!.url}/healthz`)
    expect(response.status).toBe(200)
    const health = await response.json()
    expect(health.checks).toMatchObject({
      database: { status: 'ok' },
      delivery: { status: 'ok' },
      inbox: { status: 'ok' },
      email: { status: 'off' },
      backup: { status: 'ok' },
    })
    const archives = fs.readdirSync(backupDir).filter((name) => name.endsWith('.tar'))
    expect(archives).toHaveLength(1)
    expect(new Date(health.checks.backup.lastAt).toISOString().replace(/:/g, '')).toBe(
      archives[0]!.slice('newsroom-'.length, -'.tar'.length),
    )
  })

  test('each answer carries its request id, and the JSON log line of that request names it', async () => {
    const reqId = `e2e-${Date.now()}`
    const response = await fetch(`${server!.url}/fanpage`, { headers: { 'X-Request-Id': reqId } })
    expect(response.status).toBe(200)
    expect(response.headers.get('x-request-id')).toBe(reqId)
    let line: Record<string, unknown> | undefined
    while (!line) {
      line = server!
        .log()
        .split('\n')
        .filter((text) => text.startsWith('{'))
        .map((text) => JSON.parse(text) as Record<string, unknown>)
        .find((entry) => entry.reqId === reqId)
      if (!line) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    expect(line).toMatchObject({ msg: 'request', method: 'GET', path: '/fanpage', status: 200, component: 'http' })
  })

  test("the board's home shows the system health card", async () => {
    ;({ page } = await newDesk(browser!))
    await logIn(page, server!.url, DEMO.board)
    const card = page.locator('[data-section="health"]')
    await card.waitFor()
    expect(await card.locator('h2').innerText()).toContain('Tình trạng hệ thống')
    for (const check of ['database', 'delivery', 'inbox', 'backup']) {
      expect(await card.locator(`[data-check="${check}"]`).getAttribute('data-status')).toBe('ok')
    }
    expect(await card.locator('[data-check="email"]').innerText()).toContain('Không chạy ở tiến trình này')
    await page.screenshot({ path: path.join(SCREENSHOT_DIR, 'operations-health-card.png'), fullPage: true })
  })
})
