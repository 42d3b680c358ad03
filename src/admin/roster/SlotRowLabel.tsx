'use client'
import { useRowLabel } from '@payloadcms/ui'

import { useNewsroomTranslation } from '../i18n'

/** A duty slot's row in the settings: "Sáng · 06:00–11:00" rather than Payload's "Slot 01". */
export const SlotRowLabel = () => {
  const { t } = useNewsroomTranslation()
  const { data, rowNumber } = useRowLabel<{ name?: string; start?: string; end?: string }>()
  const name = data?.name?.trim() || t('newsroom:slotRow', { index: (rowNumber ?? 0) + 1 })
  const hours = data?.start && data?.end ? ` · ${data.start}–${data.end}` : ''
  return <span data-slot-row="true">{`${name}${hours}`}</span>
}
