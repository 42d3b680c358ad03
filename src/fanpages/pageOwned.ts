import type { Payload } from 'payload'

/** Collections whose documents belong to a page: they carry the `page` field (`collections/fields/page.ts`). */
export const isPageOwned = (payload: Payload, slug: string): boolean =>
  Boolean(
    payload.collections[slug as never]?.config.flattenedFields.some(
      (field) => field.name === 'page' && field.type === 'relationship' && field.relationTo === 'pages',
    ),
  )
