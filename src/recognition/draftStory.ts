import { richText } from '../seed/richText'
import type { Ranked } from './scoring'

/**
 * The recognition post the board starts from: title, lead and one paragraph per commended member
 * and cell, in ranking order. It is a draft like any other story: edited, reviewed, approved.
 */
export const recognitionStory = (
  periodLabel: string,
  members: readonly Ranked<{ name: string; unitName: string }>[],
  units: readonly Ranked<{ name: string }>[],
) => ({
  title: `Biểu dương đảng viên và chi bộ tiêu biểu ${periodLabel}`,
  summary: `Ban Biên tập biểu dương các đảng viên và chi bộ tích cực đóng góp tin bài, hình ảnh và lan tỏa thông tin của trang ${periodLabel}.`,
  body: richText(
    'Đảng viên tiêu biểu:',
    ...members.map(
      ({ rank, score, entry }) =>
        `${rank}. Đồng chí ${entry.name}${entry.unitName ? ` (${entry.unitName})` : ''}: ${score} điểm.`,
    ),
    'Chi bộ tiêu biểu:',
    ...units.map(({ rank, score, entry }) => `${rank}. ${entry.name}: ${score} điểm.`),
    'Đề nghị các chi bộ tiếp tục phát huy, nhân rộng.',
  ),
})
