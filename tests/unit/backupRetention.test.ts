import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { archiveName } from '../../src/backup/archives'
import { archivesToKeep, pruneArchives } from '../../src/backup/retention'

/** Archives made at the given newsroom-local times (+07:00). */
const archives = (...times: string[]) =>
  times.map((time) => ({ file: `newsroom-${time}.tar`, createdAt: new Date(`${time}+07:00`) }))

describe('archivesToKeep', () => {
  it('keeps the newest archive of each of the last 7 days and of each of the last 4 weeks', () => {
    // Daily backups at 02:00 for 40 days (1 Nov … 10 Dec 2026), plus a manual one on the last day.
    const daily = Array.from({ length: 40 }, (_, index) => {
      const day = new Date(Date.UTC(2026, 10, 1 + index)).toISOString().slice(0, 10)
      return `${day}T02:00:00`
    })
    const all = archives(...daily, '2026-12-10T15:30:00')
    const kept = [...archivesToKeep(all, 7, 4)].sort()
    expect(kept).toEqual(
      [
        // the last 7 days; on 10 Dec the later, manual one
        '2026-12-04T02:00:00',
        '2026-12-05T02:00:00',
        '2026-12-06T02:00:00',
        '2026-12-07T02:00:00',
        '2026-12-08T02:00:00',
        '2026-12-09T02:00:00',
        '2026-12-10T15:30:00',
        // the newest of each earlier week (weeks start on Monday: 30 Nov, 23 Nov, 16 Nov)
        '2026-11-29T02:00:00',
        '2026-11-22T02:00:00',
      ]
        .map((time) => `newsroom-${time}.tar`)
        .sort(),
    )
  })

  it('groups by the newsroom’s day, not UTC’s: 06:30 local on the 5th is still the 4th in UTC', () => {
    const kept = archivesToKeep(archives('2026-12-05T06:30:00', '2026-12-05T01:00:00', '2026-12-04T23:00:00'), 7, 0)
    expect([...kept].sort()).toEqual(['newsroom-2026-12-04T23:00:00.tar', 'newsroom-2026-12-05T06:30:00.tar'])
  })

  it('keeps everything while there are fewer archives than days to keep', () => {
    const all = archives('2026-12-01T02:00:00', '2026-12-02T02:00:00')
    expect(archivesToKeep(all, 7, 4).size).toBe(2)
  })
})

describe('pruneArchives', () => {
  it('deletes from the backup folder the archives retention does not keep, and nothing else', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-prune-'))
    try {
      const days = Array.from({ length: 20 }, (_, index) => new Date(Date.UTC(2026, 10, 1 + index, 19)))
      for (const day of days) fs.writeFileSync(path.join(dir, archiveName(day)), '')
      fs.writeFileSync(path.join(dir, 'notes.txt'), 'kept: not an archive')
      fs.writeFileSync(path.join(dir, `${archiveName(days[0]!)}.partial`), '')

      const removed = await pruneArchives({ dir, keepDaily: 3, keepWeekly: 2 })
      const left = fs.readdirSync(dir).sort()
      expect(left).toEqual(
        [
          // 19:00 UTC is 02:00 the next day in the newsroom (21, 20, 19 Nov: the last three days; 15 Nov
          // local, Sunday: the newest of the week before)
          ...[20, 19, 18, 14].map((date) => archiveName(new Date(Date.UTC(2026, 10, date, 19)))),
          `${archiveName(days[0]!)}.partial`,
          'notes.txt',
        ].sort(),
      )
      expect(removed).toHaveLength(16)
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
