import type { CollectionConfig } from 'payload'

import { keepLinksInPage } from '../../hooks/pages/keepLinksInPage'
import { type PageSource, setPage } from '../../hooks/pages/setPage'
import { pageField } from './page'

/**
 * A collection whose documents belong to one page of the network: the `page` field, set when a
 * document is made (from `source` when it comes from another document) and kept on its links.
 * Its access rules scope by that field (`src/fanpages/membership.ts`).
 */
export const belongsToPage = (collection: CollectionConfig, source?: PageSource): CollectionConfig => ({
  ...collection,
  fields: [...collection.fields, pageField()],
  hooks: {
    ...collection.hooks,
    beforeValidate: [setPage(source), ...(collection.hooks?.beforeValidate ?? [])],
    beforeChange: [keepLinksInPage, ...(collection.hooks?.beforeChange ?? [])],
  },
})
