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
 * has reported the cell on screen, and until then shows "‹Không có …›". On a phone the first layout
 * puts the table below the fold, and the cells mostly never ask (the list then reads as if every row
 * had lost its story). This cell asks as soon as it mounts, through the list's shared loader (one
 * request for all rows, with the reader's own access), and says "loading" while it waits.
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
  const text =
    typeof title === 'string' && title
      ? title
      : doc === false || doc
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
