import type { GlobalConfig } from 'payload'

import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isBoardInAnyPage } from '../access/isBoardInAnyPage'

/** Whether the previous month's report is made on the 1st and the board told by email (board, admins). */
export const ReportSettings: GlobalConfig = {
  slug: 'report-settings',
  label: { vi: 'Báo cáo định kỳ', en: 'Scheduled reports' },
  admin: { group: { vi: 'Số liệu', en: 'Insights' }, hidden: hiddenFromAllBut(['board', 'admin']) },
  access: { read: isBoardInAnyPage, update: isBoardInAnyPage },
  fields: [
    {
      name: 'monthlyEmail',
      type: 'checkbox',
      defaultValue: false,
      label: {
        vi: 'Ngày 1 hằng tháng tạo báo cáo tháng trước và gửi email cho Ban Biên tập',
        en: "On the 1st of each month, make the previous month's report and email the board",
      },
    },
  ],
}
