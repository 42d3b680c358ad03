/** The page chosen in the admin's page switcher: a convenience for list views, never an access rule. */
export const PAGE_COOKIE = 'newsroom-page'
/** "Tất cả trang": no page chosen, lists show every page the user may read. */
export const ALL_PAGES = 'all'

/** The chosen page id from a Cookie header, or null for "all pages" (or no choice). */
export const chosenPageIn = (cookieHeader: string | null | undefined): string | null => {
  for (const part of (cookieHeader ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=')
    if (name !== PAGE_COOKIE) continue
    const chosen = decodeURIComponent(value.join('='))
    return chosen && chosen !== ALL_PAGES && /^[A-Za-z0-9_-]{1,64}$/.test(chosen) ? chosen : null
  }
  return null
}

/** The cookie the switcher writes: the whole admin, a year, never sent along cross-site requests. */
export const pageCookie = (value: string) =>
  `${PAGE_COOKIE}=${encodeURIComponent(value)}; Path=/; Max-Age=31536000; SameSite=Lax`
