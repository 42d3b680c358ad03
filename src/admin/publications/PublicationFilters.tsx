'use client'
import { useListQuery } from '@payloadcms/ui'

import { useNewsroomTranslation } from '../i18n'
import { ListTabs } from '../ListTabs'
import { activeQueue, countSearch, encodeSearch, whereParams } from '../queues/queues'
import { PUBLICATION_FILTERS } from './filters'

/** Quick filters above the publications list, like the stories' queue tabs, with live counts. */
export const PublicationFilters = () => {
  const { t } = useNewsroomTranslation()
  const { query, refineListData } = useListQuery()
  return (
    <ListTabs
      active={activeQueue(PUBLICATION_FILTERS, query?.where)}
      className="newsroom-pubfilters"
      collection="publications"
      dataName="filter"
      label={t('newsroom:publicationFilters')}
      tabs={PUBLICATION_FILTERS.map((filter) => ({
        key: filter.key,
        label: t(filter.label),
        search: encodeSearch([...whereParams(filter.where), ['sort', filter.sort]]),
        countSearch: countSearch(filter),
        open: () => void refineListData({ where: filter.where, sort: filter.sort, page: 1 }),
        // A non-zero count of failed or unconfirmed posts is the one number the board must not miss.
        alarming: filter.key === 'problems',
      }))}
    />
  )
}
