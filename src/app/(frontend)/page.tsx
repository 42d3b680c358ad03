import { FanpageView, type SearchParams } from './fanpage/FanpageView'

// Rendered per request from the database (the build has none).
export const dynamic = 'force-dynamic'

const HomePage = ({ searchParams }: { searchParams: SearchParams }) => (
  <FanpageView basePath="/" searchParams={searchParams} />
)

export default HomePage
