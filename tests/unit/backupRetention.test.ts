import { archivesToKeep } from '../../src/backup/retention'

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
