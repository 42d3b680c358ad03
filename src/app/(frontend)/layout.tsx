import type React from 'react'

import type { Metadata } from 'next'

import { brandFromEnv, iconsOf } from '../../branding/brand'
import { PAGE_DESCRIPTION, PAGE_NAME } from './fanpage/brand'
import './fanpage.css'

// The newsroom's mark as the favicon, like the admin's (NEWSROOM_LOGO_URL, read when served).
export const generateMetadata = (): Metadata => ({
  title: PAGE_NAME,
  description: PAGE_DESCRIPTION,
  icons: iconsOf(brandFromEnv()),
})

const FrontendLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="vi">
    <body>{children}</body>
  </html>
)

export default FrontendLayout
