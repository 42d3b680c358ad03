import type { Id } from '../workflow/roles'

const pad = (value: number) => String(value).padStart(2, '0')

/** dd/MM/yyyy HH:mm in the browser's time zone, the newsroom's usual notation. */
export const formatDateTime = (value: string | number | Date | null | undefined): string => {
  if (value == null) return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return `${pad(date.getDate())}/${pad(date.getMonth() + 1)}/${date.getFullYear()} ${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** A relationship as the admin may hold it: a bare id, or the populated document. */
export const idOf = (value: unknown): Id | null => {
  if (typeof value === 'string' || typeof value === 'number') return value
  if (value && typeof value === 'object' && 'id' in value) return idOf((value as { id: unknown }).id)
  return null
}
