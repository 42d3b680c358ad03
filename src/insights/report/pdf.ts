import { createRequire } from 'node:module'

import PDFDocument from 'pdfkit'

import { type Chart, cellText, type ReportDocument, type Table } from './content'

/**
 * DejaVu Sans (npm `dejavu-fonts-ttf`) carries every Vietnamese letter with its tone marks; pdfkit
 * embeds the glyphs used, so the PDF reads the same on any machine and its text extracts with the
 * diacritics. pdfkit's built-in Helvetica has none of them. Resolved when a PDF is made, from a
 * parameter: the admin's bundler (which compiles this file along with the config) must not try to
 * bundle a .ttf as a module.
 */
export const fontFile = (file: string) => createRequire(import.meta.url).resolve(file)
export const FONT = 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf'
export const FONT_BOLD = 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'

const MARGIN = 40
const ACCENT = '#b3261e'
const GRID = '#d9d2c5'

type Doc = PDFKit.PDFDocument

const contentWidth = (doc: Doc) => doc.page.width - MARGIN * 2

/** Starts a new page when fewer than `needed` points are left on this one. */
const room = (doc: Doc, needed: number) => {
  if (doc.y + needed > doc.page.height - MARGIN) doc.addPage()
}

const heading = (doc: Doc, title: string) => {
  room(doc, 60)
  doc.moveDown(0.6).font('bold').fontSize(12).fillColor(ACCENT).text(title, MARGIN, doc.y)
  doc.moveDown(0.3).fillColor('black')
}

const table = (doc: Doc, data: Table) => {
  heading(doc, data.title)
  const total = data.columns.reduce((sum, column) => sum + column.width, 0)
  const widths = data.columns.map((column) => (column.width / total) * contentWidth(doc))
  const row = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(8)
    const height = Math.max(...cells.map((cell, index) => doc.heightOfString(cell, { width: widths[index]! - 6 }))) + 6
    room(doc, height)
    const top = doc.y
    let x = MARGIN
    cells.forEach((cell, index) => {
      const numeric = data.columns[index]!.kind !== 'text' && !bold
      doc.text(cell, x + 3, top + 3, { width: widths[index]! - 6, align: numeric ? 'right' : 'left' })
      x += widths[index]!
    })
    doc
      .moveTo(MARGIN, top + height)
      .lineTo(MARGIN + contentWidth(doc), top + height)
      .strokeColor(GRID)
      .lineWidth(0.5)
      .stroke()
    doc.x = MARGIN
    doc.y = top + height
  }
  row(
    data.columns.map((column) => column.label),
    true,
  )
  if (data.rows.length === 0) {
    doc
      .font('regular')
      .fontSize(8)
      .text(data.empty, MARGIN + 3, doc.y + 3)
    return
  }
  for (const values of data.rows) {
    row(
      values.map((value, index) => cellText(value, data.columns[index]!.kind)),
      false,
    )
  }
}

/** A chart drawn as vectors: bars with their values, or a line with its first and last values. */
const chart = (doc: Doc, data: Chart) => {
  heading(doc, data.title)
  if (data.points.length === 0) {
    doc
      .font('regular')
      .fontSize(8)
      .text('Chưa có số liệu.', MARGIN + 3)
    return
  }
  const max = Math.max(...data.points.map((point) => point.value), 1)
  const width = contentWidth(doc)
  if (data.kind === 'bar') {
    const labelWidth = width * 0.3
    const barSpace = width * 0.55
    for (const point of data.points.slice(0, 12)) {
      room(doc, 16)
      const top = doc.y
      doc.font('regular').fontSize(8).fillColor('black')
      doc.text(point.label, MARGIN, top + 2, { width: labelWidth - 6, ellipsis: true, height: 12 })
      const length = Math.max(1, (point.value / max) * barSpace)
      doc
        .rect(MARGIN + labelWidth, top + 2, length, 10)
        .fillColor(ACCENT)
        .fill()
      doc.fillColor('black').text(cellText(point.value, 'int'), MARGIN + labelWidth + length + 4, top + 2)
      doc.x = MARGIN
      doc.y = top + 15
    }
    return
  }
  const height = 110
  room(doc, height + 24)
  const top = doc.y + 4
  const values = data.points.map((point) => point.value)
  const low = Math.min(...values)
  const span = Math.max(max - low, 1)
  doc.rect(MARGIN, top, width, height).strokeColor(GRID).lineWidth(0.5).stroke()
  data.points.forEach((point, index) => {
    const x = MARGIN + (data.points.length === 1 ? width / 2 : (index / (data.points.length - 1)) * width)
    const y = top + height - 6 - ((point.value - low) / span) * (height - 12)
    if (index === 0) doc.moveTo(x, y)
    else doc.lineTo(x, y)
  })
  doc.strokeColor(ACCENT).lineWidth(1.5).stroke()
  const first = data.points[0]!
  const last = data.points.at(-1)!
  doc.font('regular').fontSize(8).fillColor('black')
  doc.text(`${first.label}: ${cellText(first.value, 'int')}`, MARGIN, top + height + 4)
  doc.text(`${last.label}: ${cellText(last.value, 'int')}`, MARGIN, top + height + 4, { width, align: 'right' })
  doc.x = MARGIN
  doc.y = top + height + 18
}

/** The report as an A4 PDF: title, summary, the charts, then every table. */
export const reportPdf = (report: ReportDocument): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: MARGIN,
      info: { Title: `${report.title} ${report.period}`, Author: 'Tòa soạn cộng tác viên' },
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.registerFont('regular', fontFile(FONT))
    doc.registerFont('bold', fontFile(FONT_BOLD))

    doc.font('bold').fontSize(16).fillColor(ACCENT).text(report.title, { align: 'center' })
    doc.font('regular').fontSize(10).fillColor('black').text(`Kỳ báo cáo: ${report.period}`, { align: 'center' })
    doc.fontSize(8).fillColor('#555').text(`Lập lúc ${report.generatedAt}`, { align: 'center' }).fillColor('black')

    heading(doc, 'Tổng quan')
    for (const [label, value, kind] of report.summary) {
      room(doc, 14)
      const top = doc.y
      doc
        .font('regular')
        .fontSize(9)
        .text(label, MARGIN, top, { width: contentWidth(doc) * 0.65 })
      doc.font('bold').text(cellText(value, kind), MARGIN, top, { width: contentWidth(doc), align: 'right' })
      doc.x = MARGIN
      doc.y = top + 14
    }
    for (const data of report.charts) chart(doc, data)
    for (const data of report.tables) table(doc, data)
    doc.end()
  })
