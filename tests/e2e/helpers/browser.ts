import fs from 'node:fs'
import path from 'node:path'

import { type Browser, type BrowserContext, type BrowserContextOptions, type Page, chromium } from 'playwright-core'

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'

export const SCREENSHOT_DIR = path.resolve('test-results', 'e2e')

const BLANK_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mP8/x8AAwMCAO+ip1sAAAAASUVORK5CYII=',
  'base64',
)

export const launchBrowser = (): Promise<Browser> => {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    // No network of its own (updates, sync, QUIC probes): the test must only talk to our server.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}

/** One person at one browser: their own cookies, a Vietnamese browser, a screen of their own. */
const newPerson = async (browser: Browser, options: BrowserContextOptions) => {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', ...options })
  context.setDefaultTimeout(30_000)
  context.setDefaultNavigationTimeout(60_000)
  // Payload's default avatar is a Gravatar image: answering it locally keeps the test offline.
  await context.route(/gravatar\.com/, (route) => route.fulfill({ contentType: 'image/png', body: BLANK_PNG }))
  return { context, page: await context.newPage() }
}

/** At a desk-sized window. */
export const newDesk = (browser: Browser): Promise<{ context: BrowserContext; page: Page }> =>
  newPerson(browser, { viewport: { width: 1440, height: 1000 } })

/** The width the newsroom's collaborators mostly work at. */
export const PHONE = { width: 390, height: 844 } as const

/** On a phone. */
export const newPhone = (browser: Browser): Promise<{ context: BrowserContext; page: Page }> =>
  newPerson(browser, { viewport: PHONE })

/** How wide the page is laid out: wider than the screen means the reader must scroll sideways. */
export const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth)

/**
 * Numbered steps, each leaving a screenshot in test-results/e2e (or its `folder`, for a suite that
 * keeps its own); a failing step leaves one too, named after it, before the error goes on to Jest.
 */
export const stepper = (folder?: string) => {
  const dir = folder ? path.join(SCREENSHOT_DIR, folder) : SCREENSHOT_DIR
  fs.mkdirSync(dir, { recursive: true })
  // A previous run's step screenshots (a failed step's above all) would pass for this run's. Only the
  // numbered ones are the stepper's: other suites' screenshots in the folder are theirs to keep.
  for (const file of fs.readdirSync(dir)) {
    if (/^\d{2}-.*\.png$/.test(file)) fs.rmSync(path.join(dir, file))
  }
  let count = 0
  return async <T>(page: Page, name: string, run: () => Promise<T>): Promise<T> => {
    count += 1
    const file = path.join(dir, `${String(count).padStart(2, '0')}-${name}`)
    try {
      const result = await run()
      // Payload's route-transition bar lingers briefly after the page is already right.
      await page
        .locator('.progress-bar')
        .waitFor({ state: 'detached', timeout: 5_000 })
        .catch(() => {})
      await page.screenshot({ path: `${file}.png`, fullPage: true })
      return result
    } catch (error) {
      await page.screenshot({ path: `${file}-FAILED.png`, fullPage: true }).catch(() => {})
      throw error
    }
  }
}
