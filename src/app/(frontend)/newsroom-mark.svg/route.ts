import { MARK_SVG } from '../../../branding/mark'

/** The built-in mark: favicon of the admin and the public pages, logo when NEWSROOM_LOGO_URL is unset. */
export const GET = () =>
  new Response(MARK_SVG, {
    headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
  })
