import type { RelationshipField } from 'payload'

import { isAdminField } from '../../access/isAdmin'

/**
 * The page a document belongs to: set by the server on creation (`hooks/pages/setPage.ts`), from
 * what it comes from or the user's page; moved to another page by admins only. Access rules scope
 * every read and write by it (`src/fanpages/membership.ts`).
 */
export const pageField = (): RelationshipField => ({
  name: 'page',
  type: 'relationship',
  relationTo: 'pages',
  index: true,
  label: { vi: 'Trang', en: 'Page' },
  access: { update: isAdminField },
  admin: {
    position: 'sidebar',
    description: { vi: 'Trang (fanpage) mà mục này thuộc về.', en: 'The page this belongs to.' },
  },
})
