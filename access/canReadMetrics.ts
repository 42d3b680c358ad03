import { inPagesWhereRole } from './pageAccess'

/** Reach and engagement figures are a page's board's tool (and admins'): of the pages where they hold that role. */
export const canReadMetrics = inPagesWhereRole(['board', 'admin'])
