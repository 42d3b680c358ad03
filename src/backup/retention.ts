import fs from 'node:fs/promises'

import { localDay, mondayOf } from '../time/vietnam'
import { type ArchiveInfo, listArchives } from './archives'

/** The newest archive of each of the `count` most recent periods (archives come newest first). */
const newestPerPeriod = (archives: ArchiveInfo[], periodOf: (at: Date) => string, count: number) => {
  const kept = new Map<string, ArchiveInfo>()
  for (const archive of archives) {
    const period = periodOf(archive.createdAt)
    if (!kept.has(period) && kept.size < count) kept.set(period, archive)
  }
  return [...kept.values()]
}

/**
 * Which archives to keep: the newest of each of the last `keepDaily` days that have one, and the newest
 * of each of the last `keepWeekly` weeks (Monday to Sunday, newsroom time). Everything else goes.
 */
export const archivesToKeep = (archives: ArchiveInfo[], keepDaily: number, keepWeekly: number): Set<string> => {
  const newestFirst = [...archives].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
  const daily = newestPerPeriod(newestFirst, localDay, keepDaily)
  const weekly = newestPerPeriod(newestFirst, (at) => mondayOf(localDay(at)), keepWeekly)
  return new Set([...daily, ...weekly].map((archive) => archive.file))
}

/** Deletes the archives retention does not keep; returns their paths. */
export const pruneArchives = async (settings: { dir: string; keepDaily: number; keepWeekly: number }) => {
  const archives = await listArchives(settings.dir)
  const keep = archivesToKeep(archives, settings.keepDaily, settings.keepWeekly)
  const removed = archives.filter((archive) => !keep.has(archive.file)).map((archive) => archive.file)
  for (const file of removed) await fs.rm(file, { force: true })
  return removed
}
