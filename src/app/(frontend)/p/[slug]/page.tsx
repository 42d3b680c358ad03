import { FanpageView, type SearchParams } from '../../fanpage/FanpageView'
import { feedPathOf } from '../../fanpage/feedPlace'

// Rendered per request from the database (the build has none).
export const dynamic = 'force-dynamic'

/** `/p/<slug>`: one newsroom page's public timeline, only what its own local channels published. */
const PageFeed = async ({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>
  searchParams: SearchParams
}) => {
  const { slug } = await params
  return <FanpageView basePath={feedPathOf(slug)} searchParams={searchParams} slug={slug} />
}

export default PageFeed
