import type { CollectionConfig } from 'payload'

import { canReadScoreSheets } from '../access/canReadScoreSheets'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdmin } from '../access/isAdmin'
import { recuseEndpoint, reinstateEndpoint, submitSheetEndpoint } from '../src/contests/scoringEndpoints'
import { belongsToPage } from './fields/belongsToPage'

const nobody = () => false

/**
 * One juror's marks for one entry, criterion by criterion; unique per entry and juror. Sheets are
 * written only through `submit`, `recuse` and `reinstate` (src/contests/scoringEndpoints.ts), which
 * hold the jury's rules; they are read blind (access/canReadScoreSheets.ts).
 */
export const ContestScores: CollectionConfig = belongsToPage(
  {
    slug: 'contest-scores',
    labels: { singular: { vi: 'Phiếu chấm', en: 'Score sheet' }, plural: { vi: 'Phiếu chấm', en: 'Score sheets' } },
    // Jurors score in the "Chấm thi" view; the list is the board's record of every sheet.
    admin: {
      group: { vi: 'Cuộc thi', en: 'Contests' },
      defaultColumns: ['entry', 'juror', 'total', 'submittedAt'],
      hidden: hiddenFromAllBut(['board', 'admin']),
    },
    access: { create: nobody, read: canReadScoreSheets, update: nobody, delete: isAdmin },
    endpoints: [submitSheetEndpoint, recuseEndpoint, reinstateEndpoint],
    indexes: [{ fields: ['entry', 'juror'], unique: true }],
    fields: [
      { name: 'contest', type: 'relationship', relationTo: 'contests', required: true, index: true },
      { name: 'entry', type: 'relationship', relationTo: 'contest-entries', required: true },
      { name: 'juror', type: 'relationship', relationTo: 'users', required: true, index: true },
      {
        name: 'marks',
        type: 'array',
        label: { vi: 'Điểm theo tiêu chí', en: 'Marks' },
        labels: { singular: { vi: 'Điểm', en: 'Mark' }, plural: { vi: 'Điểm', en: 'Marks' } },
        fields: [
          { name: 'criterion', type: 'text', required: true, label: { vi: 'Tiêu chí', en: 'Criterion' } },
          { name: 'points', type: 'number', required: true, min: 0, label: { vi: 'Điểm', en: 'Points' } },
        ],
      },
      { name: 'total', type: 'number' },
      { name: 'recused', type: 'checkbox', defaultValue: false },
      { name: 'recusalReason', type: 'text' },
      { name: 'submittedAt', type: 'date' },
    ],
  },
  { field: 'contest', collection: 'contests' },
)
