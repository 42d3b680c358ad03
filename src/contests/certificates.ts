import type { Endpoint } from 'payload'
import PDFDocument from 'pdfkit'

import { relationId } from '../auth/actor'
import { FONT, FONT_BOLD, fontFile } from '../insights/report/pdf'
import { refusal } from '../i18n/errors'
import { dayLabel, localDay } from '../time/vietnam'
import { contestForJudgingOf } from './resultsEndpoints'
import { type ContestDoc, type EntryDoc, loadEntry } from './scoringData'

const ACCENT = '#b3261e'

/** A winner's certificate: one A4 landscape page, in Vietnamese, with DejaVu for the tone marks. */
export const certificatePdf = (contest: ContestDoc, entry: EntryDoc, issuedAt: Date): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      layout: 'landscape',
      margin: 60,
      info: { Title: `Giấy chứng nhận — ${contest.title}`, Author: 'Tòa soạn cộng tác viên' },
    })
    const chunks: Buffer[] = []
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
    doc.registerFont('regular', fontFile(FONT))
    doc.registerFont('bold', fontFile(FONT_BOLD))
    const { width, height } = doc.page
    doc
      .rect(30, 30, width - 60, height - 60)
      .strokeColor(ACCENT)
      .lineWidth(3)
      .stroke()
    doc.moveDown(1.5)
    doc.font('bold').fontSize(30).fillColor(ACCENT).text('GIẤY CHỨNG NHẬN', { align: 'center' })
    doc.moveDown(0.6).font('regular').fontSize(14).fillColor('black')
    doc.text(`Ban Tổ chức cuộc thi “${contest.title}” chứng nhận`, { align: 'center' })
    doc
      .moveDown(0.8)
      .font('bold')
      .fontSize(24)
      .text(entry.entrant?.name?.trim() || 'Tác giả', { align: 'center' })
    doc.moveDown(0.6).font('regular').fontSize(14)
    doc.text(`với tác phẩm “${entry.title}” (số báo danh ${entry.number})`, { align: 'center' })
    doc.moveDown(0.6).font('bold').fontSize(22).fillColor(ACCENT).text(`đã đoạt ${entry.prize}`, { align: 'center' })
    doc.moveDown(1.5).font('regular').fontSize(11).fillColor('#555')
    doc.text(`Cấp ngày ${dayLabel(localDay(issuedAt))}`, { align: 'center' })
    doc.end()
  })

/**
 * `GET /api/contest-entries/:id/certificate.pdf` (the contest's board): the certificate of a prize
 * winner, once results are computed. Other entries have none.
 */
export const certificateEndpoint: Endpoint = {
  path: '/:id/certificate.pdf',
  method: 'get',
  handler: async (req) => {
    const entry = await loadEntry(req, req.routeParams?.id)
    const contest = await contestForJudgingOf(req, entry ? relationId(entry.contest) : null, 'board')
    if (contest instanceof Response) return refusal(req, 'contest_entry_not_found', contest.status)
    if (!entry!.prize) return refusal(req, 'not_a_winner', 404)
    const pdf = await certificatePdf(contest, entry!, new Date())
    return new Response(new Uint8Array(pdf), {
      headers: {
        'content-type': 'application/pdf',
        'content-disposition': `attachment; filename="giay-chung-nhan-${entry!.number}.pdf"`,
        'cache-control': 'private, no-store',
      },
    })
  },
}
