/** The newsroom's own name and mark on every admin page, tab and the public feed's favicon. */
export interface NewsroomBrand {
  name: string
  /** The mark's image: NEWSROOM_LOGO_URL, else the built-in one. */
  logoUrl: string
}

export const DEFAULT_NEWSROOM_NAME = 'Tòa soạn cộng tác viên'
/** The built-in mark (a yellow star on red), served by `src/app/(frontend)/newsroom-mark.svg`. */
export const BUILT_IN_MARK = '/newsroom-mark.svg'

// An absolute http(s) URL or a path on this site; anything else (javascript:, data:) is ignored.
const usableUrl = (value: string | undefined) => {
  const url = value?.trim()
  return url && /^(https?:\/\/|\/(?!\/))/i.test(url) ? url : null
}

/** NEWSROOM_NAME and NEWSROOM_LOGO_URL, set once by whoever installs the newsroom. */
export const brandFromEnv = (env: Record<string, string | undefined> = process.env): NewsroomBrand => ({
  name: env.NEWSROOM_NAME?.trim() || DEFAULT_NEWSROOM_NAME,
  logoUrl: usableUrl(env.NEWSROOM_LOGO_URL) ?? BUILT_IN_MARK,
})

/** The favicon links, for Payload's `admin.meta.icons` and the public pages' metadata. */
export const iconsOf = (brand: NewsroomBrand) => [
  { rel: 'icon', url: brand.logoUrl, ...(brand.logoUrl === BUILT_IN_MARK ? { type: 'image/svg+xml' } : {}) },
]
