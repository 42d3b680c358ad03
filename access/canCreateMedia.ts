import { createInPageWhereRole } from './pageAccess'

export const canCreateMedia = createInPageWhereRole(['collaborator', 'editor', 'board', 'admin'])
