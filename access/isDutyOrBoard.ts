import { inPagesWhereRole } from './pageAccess'

export const isDutyBoardOrAdmin = inPagesWhereRole(['duty', 'board', 'admin'])
