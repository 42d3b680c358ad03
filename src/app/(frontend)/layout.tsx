import type React from 'react'

import { PAGE_DESCRIPTION, PAGE_NAME } from './fanpage/brand'
import './fanpage.css'

export const metadata = { title: PAGE_NAME, description: PAGE_DESCRIPTION }

const FrontendLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="vi">
    <body>{children}</body>
  </html>
)

export default FrontendLayout
