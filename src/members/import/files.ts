import ExcelJS from 'exceljs'

import { type ImportRow, MEMBER_COLUMNS, rowsOfTable } from './columns'
import { neutraliseCell } from '../../input/formulaSafe'
import { parseCsv, toCsv } from './csv'

/** An XLSX file is a ZIP archive: it starts with "PK". */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b

const xlsxTable = async (bytes: Uint8Array): Promise<string[][]> => {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(bytes as never)
  const sheet = workbook.worksheets[0]
  if (!sheet) return []
  const table: string[][] = []
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const cells: string[] = []
    for (let column = 1; column <= sheet.columnCount; column += 1) cells.push(row.getCell(column).text ?? '')
    table[number - 1] = cells
  })
  return Array.from(table, (cells) => cells ?? [])
}

/**
 * The member rows of an uploaded CSV or XLSX file, or null when it is neither or its headers name
 * no "Họ và tên" and no "Chi bộ" column.
 */
export const readMemberFile = async (bytes: Uint8Array): Promise<ImportRow[] | null> => {
  try {
    const table = isZip(bytes) ? await xlsxTable(bytes) : parseCsv(new TextDecoder('utf-8').decode(bytes))
    return rowsOfTable(table)
  } catch {
    return null
  }
}

export type MemberFileRow = Record<(typeof MEMBER_COLUMNS)[number]['key'], string>

const tableOf = (rows: readonly MemberFileRow[]): string[][] => [
  MEMBER_COLUMNS.map((column) => column.header),
  ...rows.map((row) => MEMBER_COLUMNS.map((column) => row[column.key] ?? '')),
]

/** Members as CSV, the import's own format. */
export const membersCsv = (rows: readonly MemberFileRow[]): string => toCsv(tableOf(rows))

/** Members as an XLSX workbook, the import's own format; every cell text, neutralised. */
export const membersXlsx = async (rows: readonly MemberFileRow[]): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  const sheet = workbook.addWorksheet('Đảng viên')
  sheet.columns = MEMBER_COLUMNS.map((column) => ({ width: column.key === 'fullName' ? 28 : 20 }))
  const [head, ...body] = tableOf(rows)
  sheet.addRow(head).font = { bold: true }
  for (const row of body) sheet.addRow(row.map(neutraliseCell))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
