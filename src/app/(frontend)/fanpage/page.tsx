import { FanpageView, type SearchParams } from './FanpageView'

// Rendered per request from the database (the build has none).
export const dynamic = 'force-dynamic'

const FanpagePage = ({ searchParams }: { searchParams: SearchParams }) => (
  <FanpageView basePath="/fanpage" searchParams={searchParams} />
)

export default FanpagePage
