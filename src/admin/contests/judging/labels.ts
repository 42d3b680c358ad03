import type { Bilingual } from '../../../i18n/language'

/** The judging screen's words. */
export const JUDGING_LABELS = {
  title: { vi: 'Chấm thi', en: 'Judging' },
  pickContest: { vi: 'Cuộc thi', en: 'Contest' },
  none: {
    vi: 'Bạn không chấm hoặc điều hành cuộc thi nào.',
    en: 'You neither judge nor run any contest.',
  },
  loadFailed: { vi: 'Không tải được dữ liệu chấm thi.', en: 'Could not load the judging data.' },
  entry: { vi: 'Bài số', en: 'Entry' },
  total: { vi: 'Tổng điểm (/100)', en: 'Total (/100)' },
  submit: { vi: 'Gửi phiếu chấm', en: 'Submit sheet' },
  resubmit: { vi: 'Cập nhật phiếu chấm', en: 'Update sheet' },
  saved: { vi: 'Đã lưu phiếu chấm.', en: 'Sheet saved.' },
  recuse: { vi: 'Xin rút khỏi chấm bài này', en: 'Recuse from this entry' },
  recuseReason: { vi: 'Lý do rút (bắt buộc)', en: 'Reason (required)' },
  recused: { vi: 'Bạn đã rút khỏi chấm bài này.', en: 'You have recused yourself.' },
  notJudging: {
    vi: 'Cuộc thi chưa (hoặc không còn) ở giai đoạn chấm điểm: phiếu chỉ để xem.',
    en: 'The contest is not judging: sheets are read-only.',
  },
  progress: { vi: 'Tiến độ chấm', en: 'Progress' },
  scored: { vi: 'Đã chấm', en: 'Scored' },
  pending: { vi: 'Chưa chấm', en: 'Pending' },
  recusedCell: { vi: 'Rút', en: 'Recused' },
  computeResults: { vi: 'Tính kết quả và soạn bài công bố', en: 'Compute results and draft the announcement' },
  resultsDone: {
    vi: 'Đã tính kết quả; bài công bố đang ở dạng nháp.',
    en: 'Results computed; the announcement is a draft.',
  },
  exportXlsx: { vi: 'Tải bảng tổng hợp (XLSX)', en: 'Download the workbook (XLSX)' },
  rank: { vi: 'Hạng', en: 'Rank' },
  prize: { vi: 'Giải', en: 'Prize' },
  certificate: { vi: 'Giấy chứng nhận', en: 'Certificate' },
  computeAnyway: { vi: 'Vẫn tính kết quả', en: 'Compute anyway' },
  waitForJury: { vi: 'Chờ chấm xong', en: 'Wait for the jury' },
  recuseJuror: { vi: 'Miễn chấm', en: 'Recuse' },
  reinstateJuror: { vi: 'Hủy miễn chấm', en: 'Undo recusal' },
  recuseConfirm: { vi: 'Xác nhận miễn chấm', en: 'Confirm recusal' },
  boardReason: { vi: 'Lý do miễn chấm (bắt buộc)', en: 'Reason (required)' },
  reinstateConfirm: { vi: 'Cho chấm lại', en: 'Reinstate' },
  scoredDropped: {
    vi: 'Phiếu giám khảo này đã chấm sẽ bị hủy.',
    en: 'The sheet this juror submitted will be dropped.',
  },
  reinstateNote: {
    vi: 'Phiếu trở lại “chưa chấm”; giám khảo chấm lại từ đầu.',
    en: 'The sheet is pending again; the juror scores it afresh.',
  },
  cancel: { vi: 'Hủy', en: 'Cancel' },
  done: { vi: 'Đã cập nhật.', en: 'Updated.' },
} satisfies Record<string, Bilingual>

/** The warning before results that leave pending sheets out. */
export const pendingWarning = (count: number): Bilingual => ({
  vi: `Còn ${count} phiếu chấm chưa xong. Nếu tính kết quả bây giờ, các phiếu đó sẽ không được tính.`,
  en: `${count} score sheet${count === 1 ? ' is' : 's are'} still pending. Results computed now leave them out.`,
})

/** One cell of the progress matrix, for the buttons' accessible names and the confirm step. */
export const cellName = (juror: string, entry: number): Bilingual => ({
  vi: `${juror} — bài số ${entry}`,
  en: `${juror} — entry ${entry}`,
})
