/** The member file's columns, in the order exports write them, with the Vietnamese headers offices use. */
export const MEMBER_COLUMNS = [
  { key: 'fullName', header: 'Họ và tên', aliases: ['ho ten', 'ten', 'ho va ten dang vien'] },
  { key: 'unit', header: 'Chi bộ', aliases: ['don vi', 'chi bo sinh hoat'] },
  { key: 'position', header: 'Chức vụ', aliases: [] },
  { key: 'phone', header: 'Số điện thoại', aliases: ['dien thoai', 'sdt', 'so dt'] },
  { key: 'email', header: 'Email', aliases: ['e-mail', 'thu dien tu'] },
  { key: 'facebook', header: 'Facebook', aliases: ['tai khoan facebook', 'link facebook'] },
  { key: 'zalo', header: 'Zalo', aliases: ['so zalo', 'tai khoan zalo'] },
] as const

export type ColumnKey = (typeof MEMBER_COLUMNS)[number]['key']

/** One row of the file, by column (empty cells are empty strings); `line` is its line in the file. */
export type ImportRow = { line: number } & Record<ColumnKey, string>

/** Lowercase, without diacritics (đ included), single spaces: "  HỌ VÀ  TÊN " and "ho va ten" match. */
export const fold = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

const BY_HEADER = new Map<string, ColumnKey>(
  MEMBER_COLUMNS.flatMap((column) => [fold(column.header), ...column.aliases].map((name) => [name, column.key])),
)

/** Which column each header names (null for a column the import does not use). */
export const matchHeaders = (headers: readonly string[]): (ColumnKey | null)[] => {
  const seen = new Set<ColumnKey>()
  return headers.map((header) => {
    const key = BY_HEADER.get(fold(header)) ?? null
    if (!key || seen.has(key)) return null
    seen.add(key)
    return key
  })
}

/**
 * The rows of a table whose first non-empty row is its headers. Null when the headers name no full
 * name or no cell: the file is not a member list. Blank rows are skipped; lines count from 1.
 */
export const rowsOfTable = (table: readonly (readonly string[])[]): ImportRow[] | null => {
  const headerIndex = table.findIndex((cells) => cells.some((cell) => cell.trim()))
  if (headerIndex < 0) return null
  const keys = matchHeaders(table[headerIndex]!)
  if (!keys.includes('fullName') || !keys.includes('unit')) return null
  const rows: ImportRow[] = []
  table.slice(headerIndex + 1).forEach((cells, index) => {
    if (!cells.some((cell) => cell.trim())) return
    const row = { line: headerIndex + index + 2 } as ImportRow
    for (const column of MEMBER_COLUMNS) row[column.key] = ''
    keys.forEach((key, at) => {
      if (key) row[key] = (cells[at] ?? '').trim()
    })
    rows.push(row)
  })
  return rows
}
