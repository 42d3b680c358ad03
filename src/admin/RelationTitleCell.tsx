'use client'
import { Link, useConfig, useListRelationships } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'
import { formatAdminURL } from 'payload/shared'
import { useEffect } from 'react'

import { idOf } from './format'
import { useNewsroomTranslation } from './i18n'

/**
 * A list column naming a related document (one relation, one collection) by its title.
 *
 * Payload's own relationship cell asks for the related document only once an IntersectionObserver
 * has reported the cell above the fold, and until then shows "‹Không có …›". At 390 px its first
 * report comes while the page is still laid out taller (the cell about 980 px down an 844 px
 * screen) and most loads never asked at all: the publications list read as if every row had lost
 * its story. This cell asks as soon as it mounts, through the list's shared loader (one request for
 * all rows, with the reader's own access), and says "loading" while it waits.
 */
export const RelationTitleCell = ({ cellData, collectionSlug, field, link, rowData }: DefaultCellComponentProps) => {
  const { t } = useNewsroomTranslation()
  const { config, getEntityConfig } = useConfig()
  const { documents, getRelationships } = useListRelationships()
  const relationTo = 'relationTo' in field && typeof field.relationTo === 'string' ? field.relationTo : null
  const id = idOf(cellData)

  useEffect(() => {
    if (relationTo && id !== null) getRelationships([{ relationTo, value: id }])
  }, [getRelationships, relationTo, id])

  if (!relationTo || id === null) return null
  const doc = documents[relationTo]?.[id]
  const titleField = getEntityConfig({ collectionSlug: relationTo })?.admin?.useAsTitle ?? 'id'
  const title = doc ? (doc as Record<string, unknown>)[titleField] : undefined
  // `false`: the reader may not see it (or it is gone); null or absent: not loaded yet.
  const text =
    typeof title === 'string' && title
      ? title
      : doc
        ? `#${id}`
        : doc === false
          ? t('newsroom:unreadableRelation', { id: String(id) })
          : t('newsroom:loading')
  const content = (
    <span className="newsroom-relation-cell" data-loaded={doc ? 'true' : 'false'}>
      {text}
    </span>
  )
  if (!link) return content
  const href = formatAdminURL({
    adminRoute: config.routes.admin,
    path: `/collections/${collectionSlug}/${encodeURIComponent(String(rowData.id))}`,
  })
  return (
    <Link href={href} prefetch={false}>
      {content}
    </Link>
  )
}
