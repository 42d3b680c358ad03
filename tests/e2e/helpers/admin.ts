import type { Page } from 'playwright-core'

/** The demo newsroom's accounts (SPEC.md "Running it"). */
export const DEMO = {
  collaborator: { email: 'ctv@demo.local', password: 'demo-ctv-2024' },
  editor: { email: 'bientap.kinhte@demo.local', password: 'demo-editor-2024' },
  board: { email: 'bbt@demo.local', password: 'demo-board-2024' },
  admin: { email: 'admin@demo.local', password: 'demo-admin-2024' },
} as const

export type Account = { email: string; password: string }

/** Signs in through the admin's own login form, labels and button in Vietnamese. */
export const logIn = async (page: Page, baseUrl: string, account: Account) => {
  await page.goto(`${baseUrl}/admin/login`)
  await page.getByLabel('Email').fill(account.email)
  await page.getByLabel('Mật khẩu').fill(account.password)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
  await page.waitForURL((url) => url.pathname.startsWith('/admin') && !url.pathname.startsWith('/admin/login'))
  await page.locator('.template-default').first().waitFor()
}

/** The stage badge of the workflow panel, once the panel shows `stage` and has loaded its actions. */
export const stageBadge = async (page: Page, stage: string) => {
  const panel = page.locator(`.newsroom-workflow[data-stage="${stage}"]`)
  await panel.locator('.newsroom-history').waitFor()
  return (await panel.locator('.newsroom-workflow__stage .newsroom-stage').innerText()).trim()
}

/** Clicks a workflow action and waits for the panel to show the stage it leads to. */
export const takeAction = async (page: Page, label: string, nextStage: string, confirm = false) => {
  const transition = page.waitForResponse(
    (response) => response.url().includes('/transition') && response.request().method() === 'POST',
  )
  await page.locator('.newsroom-actions').getByRole('button', { name: label, exact: true }).click()
  if (confirm) await page.locator('.newsroom-dialog__confirm').click()
  const response = await transition
  if (!response.ok()) throw new Error(`${label}: HTTP ${response.status()} ${await response.text()}`)
  return stageBadge(page, nextStage)
}

/** Opens the stories list as a user lands on it from the menu, and waits for the queue it opens on. */
export const openQueue = async (page: Page, baseUrl: string, expectedTab: string) => {
  await page.goto(`${baseUrl}/admin/collections/stories`)
  await page.waitForURL((url) => url.search.includes('where'))
  // The tab bar first renders for the bare URL, then follows the redirect: wait for the queue we expect,
  // and report the active tab as it then stands (a different one fails the caller's assertion).
  const active = page.locator('.newsroom-queues__tab--active')
  await active
    .filter({ hasText: expectedTab })
    .waitFor({ timeout: 15_000 })
    .catch(() => undefined)
  return (await active.locator('span').first().innerText()).trim()
}

/** The stage badge in the list row of the story titled `title`. */
export const listedStage = async (page: Page, title: string) => {
  const row = page.locator('tbody tr', { has: page.getByRole('link', { name: title }) })
  await row.waitFor()
  return (await row.locator('.newsroom-stage').innerText()).trim()
}

/** Picks an option of a Payload relationship (react-select) field. */
export const chooseRelation = async (page: Page, fieldId: string, option: string) => {
  const field = page.locator(`#${fieldId}`)
  await field.locator('.rs__control').click()
  await page.locator('.rs__option', { hasText: option }).first().click()
  await field.locator('.rs__single-value, .rs__multi-value', { hasText: option }).first().waitFor()
}

/**
 * Adds a new photo through the upload field's "Tạo mới" drawer (Payload's bulk-upload drawer, since the
 * field takes several photos), filling the caption and credit the media collection requires.
 */
export const uploadPhoto = async (
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
  caption: string,
  credit: string,
) => {
  const field = page.locator('.field-type.upload')
  await field.getByRole('button', { name: 'Tạo mới', exact: true }).click()
  const drawer = page.locator('.bulk-upload--file-manager, .drawer__content').last()
  await page.locator('.dropzone input[type="file"]').last().setInputFiles(file)
  const form = page.locator('.bulk-upload--file-manager__editView')
  await form.locator('#field-caption').fill(caption)
  await form.locator('#field-credit').fill(credit)
  const created = page.waitForResponse(
    (response) => new URL(response.url()).pathname === '/api/media' && response.request().method() === 'POST',
  )
  await form.locator('.bulk-upload--actions-bar__saveButtons').getByRole('button', { name: 'Lưu' }).click()
  const response = await created
  if (!response.ok()) throw new Error(`Photo upload: HTTP ${response.status()} ${await response.text()}`)
  await drawer.waitFor({ state: 'detached' })
  await field.getByText(file.name).first().waitFor()
}
