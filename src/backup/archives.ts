import fs from 'node:fs/promises'
import path from 'node:path'

const PATTERN = /^newsroom-(\d{4}-\d{2}-\d{2}T\d{2})(\d{2})(\d{2})(\.\d{3}Z)\.tar$/

/** `newsroom-2026-12-01T131500.123Z.tar`: sorts by time, no `:` (awkward on some file systems). */
export const archiveName = (createdAt: Date) => `newsroom-${createdAt.toISOString().replace(/:/g, '')}.tar`

export interface ArchiveInfo {
  file: string
  createdAt: Date
}

/** The finished archives in the backup folder, newest first (half-written `.partial` ones are not). */
export const listArchives = async (backupDir: string): Promise<ArchiveInfo[]> => {
  let names: string[]
  try {
    names = await fs.readdir(backupDir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  return names
    .flatMap((name) => {
      const match = PATTERN.exec(name)
      return match
        ? [{ file: path.join(backupDir, name), createdAt: new Date(`${match[1]}:${match[2]}:${match[3]}${match[4]}`) }]
        : []
    })
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
}
