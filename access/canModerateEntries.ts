import { inPagesWhereRole } from './pageAccess'

/** The entries of the pages where the user is on the board or an editor (every page for admins): who moderates. */
export const canModerateEntries = inPagesWhereRole(['board', 'editor', 'admin'])
