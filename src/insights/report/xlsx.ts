import ExcelJS from 'exceljs'

import { neutraliseCell } from '../../input/formulaSafe'

import { type Cell, type CellKind, type Chart, cellText, type ReportDocument } from './content'

/** Numbers stay numbers (sortable, summable); times and minutes are written as people read them. */
const cellValue = (value: Cell, kind: CellKind): ExcelJS.CellValue => {
  if (value === null) return null
  if (kind === 'int' || kind === 'ratio' || kind === 'decimal') return Number(value)
  return neutraliseCell(kind === 'text' ? String(value) : cellText(value, kind))
}

const NUMBER_FORMAT: Partial<Record<CellKind, string>> = { int: '#,##0', ratio: '0.00"×"', decimal: '0.##' }

/**
 * The charts as a spreadsheet draws them itself: each chart's points in two columns, the values
 * shown as data bars (Excel and LibreOffice render them; the numbers stay numbers to chart further).
 */
const addCharts = (workbook: ExcelJS.Workbook, charts: readonly Chart[]) => {
  const sheet = workbook.addWorksheet('Biểu đồ')
  sheet.columns = [{ width: 34 }, { width: 48 }]
  for (const chart of charts) {
    sheet.addRow([chart.title]).font = { bold: true, size: 13 }
    if (chart.points.length === 0) sheet.addRow(['Chưa có số liệu.'])
    const first = sheet.rowCount + 1
    for (const point of chart.points)
      sheet.addRow([neutraliseCell(point.label), point.value]).getCell(2).numFmt = '#,##0'
    if (chart.points.length > 0) {
      sheet.addConditionalFormatting({
        ref: `B${first}:B${sheet.rowCount}`,
        rules: [
          {
            type: 'dataBar',
            priority: 1,
            minLength: 0,
            maxLength: 100,
            gradient: false,
            border: false,
            color: { argb: 'FFB71C1C' },
            cfvo: [{ type: 'num', value: 0 }, { type: 'max' }],
          } as ExcelJS.DataBarRuleType,
        ],
      })
    }
    sheet.addRow([])
  }
}

/** The report as a workbook: a summary sheet, the charts, then one sheet per table. */
export const reportXlsx = async (report: ReportDocument): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = 'Tòa soạn cộng tác viên'
  workbook.created = new Date()

  const summary = workbook.addWorksheet('Tổng quan')
  summary.columns = [{ width: 44 }, { width: 22 }]
  summary.addRow([report.title]).font = { bold: true, size: 14 }
  summary.addRow([`Kỳ báo cáo: ${report.period}`])
  summary.addRow([`Lập lúc: ${report.generatedAt}`])
  summary.addRow([])
  for (const [label, value, kind] of report.summary) {
    const row = summary.addRow([label, cellValue(value, kind)])
    if (NUMBER_FORMAT[kind]) row.getCell(2).numFmt = NUMBER_FORMAT[kind]!
  }

  addCharts(workbook, report.charts)

  for (const table of report.tables) {
    const sheet = workbook.addWorksheet(table.sheet.slice(0, 31))
    sheet.columns = table.columns.map((column) => ({ width: Math.round(column.width * 12) }))
    sheet.addRow([table.title]).font = { bold: true, size: 13 }
    const head = sheet.addRow(table.columns.map((column) => column.label))
    head.font = { bold: true }
    head.eachCell((cell) => {
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF3E3C3' } }
    })
    if (table.rows.length === 0) sheet.addRow([table.empty])
    for (const values of table.rows) {
      const row = sheet.addRow(values.map((value, index) => cellValue(value, table.columns[index]!.kind)))
      table.columns.forEach((column, index) => {
        if (NUMBER_FORMAT[column.kind]) row.getCell(index + 1).numFmt = NUMBER_FORMAT[column.kind]!
      })
    }
    sheet.views = [{ state: 'frozen', ySplit: 2 }]
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
