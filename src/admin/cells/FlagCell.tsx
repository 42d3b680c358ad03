'use client'
import type { DefaultCellComponentProps } from 'payload'

import { type NewsroomKey, useNewsroomTranslation } from '../i18n'
import './FlagCell.scss'

/**
 * A checkbox column in words ("Đang dùng" / "Đã tắt") rather than Payload's bare true/false,
 * which its Vietnamese renders as "đúng"/"sai".
 */
export const FlagCell = ({ cellData, on, off }: DefaultCellComponentProps & { on: NewsroomKey; off: NewsroomKey }) => {
  const { t } = useNewsroomTranslation()
  const value = cellData === true
  return (
    <span className={`newsroom-flag newsroom-flag--${value ? 'on' : 'off'}`} data-flag={value ? 'on' : 'off'}>
      {t(value ? on : off)}
    </span>
  )
}
