import type React from 'react'

export const metadata = { title: 'Tòa soạn cộng tác viên' }

const FrontendLayout = ({ children }: { children: React.ReactNode }) => (
  <html lang="vi">
    <body style={{ fontFamily: 'system-ui, sans-serif', margin: 0, background: '#f0f2f5', color: '#1c1e21' }}>
      {children}
    </body>
  </html>
)

export default FrontendLayout
