import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { archiveName } from '../../src/backup/archives'
import { createBackupSchedule } from '../../src/backup/schedule'
import { backupSettingsFromEnv } from '../../src/backup/settings'
import { addDays, dayLabel, localDay, zonedInstant } from '../../src/time/vietnam'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { manualClock } from '../helpers/publishing'

let newsroom: TestNewsroom
let board: TestUser
let editor: TestUser
const backupDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-schedule-'))
const settings = backupSettingsFromEnv({ BACKUP_DIR: backupDir, BACKUP_SCHEDULE: 'on', BACKUP_TIME: '02:00' })

// 01:00 today, newsroom time: before today's backup time. Near the real time, because the alerts'
// createdAt (which says whether the board was told in the last day) is the real time.
const today = localDay(new Date())
const tomorrow = addDays(today, 1)
const clock = manualClock(zonedInstant(today, '01:00'))
const backupsMade: Date[] = []
let backupSucceeds = true
/** Stands in for the child `npm run backup`: an archive named for "now" (the command has tests of its own). */
const fakeBackup = async () => {
  if (!backupSucceeds) return false
  backupsMade.push(clock.now())
  fs.writeFileSync(path.join(backupDir, archiveName(clock.now())), '')
  return true
}

const backupAlerts = async (user: TestUser) =>
  (
    await newsroom.api('GET', '/api/notifications?where[kind][equals]=backup_overdue&limit=100', {
      token: user.token,
    })
  ).body.docs as { title: string; body: string }[]

beforeAll(async () => {
  newsroom = await startNewsroom()
  board = await newsroom.makeUser(['board'])
  editor = await newsroom.makeUser(['editor'])
})

afterAll(async () => {
  await newsroom?.stop()
  fs.rmSync(backupDir, { recursive: true, force: true })
})

/** One check of the schedule, then the backup it started (if any) to its end. */
const checkAndWait = async (schedule: ReturnType<typeof createBackupSchedule>) => {
  await schedule.checkOnce()
  await schedule.idle()
}

describe('the daily backup and the stale-backup alert', () => {
  it('backs up at start when there is none, alerts the board once a day while it fails, then daily at BACKUP_TIME', async () => {
    const schedule = createBackupSchedule(newsroom.payload, settings, { now: clock.now, runBackup: fakeBackup })

    // No backup at all and the backup fails: the board is told, once.
    backupSucceeds = false
    await checkAndWait(schedule)
    expect(backupsMade).toEqual([])
    const [alert] = await backupAlerts(board)
    expect(alert).toMatchObject({ title: 'Quá một ngày chưa sao lưu dữ liệu' })
    expect(alert!.body).toContain('chưa có')
    expect(await backupAlerts(editor)).toEqual([])
    clock.advance(10 * 60_000)
    await checkAndWait(schedule)
    expect(await backupAlerts(board)).toHaveLength(1)

    // Retried an hour after the failure; it works now.
    backupSucceeds = true
    clock.advance(50 * 60_000)
    await checkAndWait(schedule)
    expect(backupsMade).toEqual([zonedInstant(today, '02:00')])

    // Nothing more until 02:00 the next day.
    clock.advance(23 * 3_600_000 + 59 * 60_000)
    await checkAndWait(schedule)
    expect(backupsMade).toHaveLength(1)
    clock.advance(60_000)
    await checkAndWait(schedule)
    expect(backupsMade.at(-1)).toEqual(zonedInstant(tomorrow, '02:00'))
    expect(await backupAlerts(board)).toHaveLength(1)

    // Backups stop working: more than a day (and two hours) later the board is told again.
    backupSucceeds = false
    clock.advance(26 * 3_600_000)
    await checkAndWait(schedule)
    expect(await backupAlerts(board)).toHaveLength(1)
    clock.advance(60_000)
    await checkAndWait(schedule)
    const alerts = await backupAlerts(board)
    expect(alerts).toHaveLength(2)
    expect(alerts[0]!.body).toContain(`02:00 ${dayLabel(tomorrow)}`)
  })

  it('tells the board while a backup hangs, and starts no second one meanwhile', async () => {
    await newsroom.payload.delete({ collection: 'notifications', where: { kind: { equals: 'backup_overdue' } } })
    const emptyDir = fs.mkdtempSync(path.join(backupDir, 'hanging-'))
    let started = 0
    const schedule = createBackupSchedule(
      newsroom.payload,
      backupSettingsFromEnv({ BACKUP_DIR: emptyDir, BACKUP_SCHEDULE: 'on' }),
      {
        runBackup: () => {
          started += 1
          return new Promise<boolean>(() => {})
        },
      },
    )
    await schedule.checkOnce()
    await schedule.checkOnce()
    expect(started).toBe(1)
    expect(await backupAlerts(board)).toHaveLength(1)
  })
})
