import type { Metadata } from 'next'

import { TapPanel } from './TapPanel'

// Each member's own link: never cached, never indexed.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { title: 'Chiến dịch chia sẻ', robots: { index: false, follow: false } }

const CampaignTapPage = async ({ params }: { params: Promise<{ token: string }> }) => {
  const { token } = await params
  return <TapPanel token={token} />
}

export default CampaignTapPage
