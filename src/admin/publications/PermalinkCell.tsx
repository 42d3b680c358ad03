'use client'
import type { DefaultCellComponentProps } from 'payload'

import { useNewsroomTranslation } from '../i18n'
import { safeLink } from './safeLink'
import './cells.scss'

/** Opens the published post in a new tab, so the list stays where it was. */
export const PermalinkCell = ({ cellData }: DefaultCellComponentProps) => {
  const { t } = useNewsroomTranslation()
  const href = safeLink(cellData)
  if (!href) return null
  return (
    <a
      className="newsroom-permalink"
      href={href}
      onClick={(event) => event.stopPropagation()}
      rel="noopener noreferrer"
      target="_blank"
      title={href}
    >
      {t('newsroom:openPost')} ↗
    </a>
  )
}

/** A long Graph error would stretch the table: the cell shows its start, the tooltip all of it. */
export const ErrorCell = ({ cellData }: DefaultCellComponentProps) => {
  if (typeof cellData !== 'string' || cellData === '') return null
  const short = cellData.length > 90 ? `${cellData.slice(0, 88)}…` : cellData
  return (
    <span className="newsroom-error-cell" title={cellData}>
      {short}
    </span>
  )
}
