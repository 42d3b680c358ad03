import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

import { checkedName, type MediaStorage } from './types'

/** A file under the media folder; a stored name is data, and must not be able to walk out of it. */
export const mediaFilePath = (mediaDir: string, file: string) => {
  const root = path.resolve(mediaDir)
  const resolved = path.resolve(root, checkedName(file))
  if (!resolved.startsWith(root + path.sep)) throw new RangeError(`"${file}" is not a file in the media folder`)
  return resolved
}

const readIfPresent = async (file: string) => {
  try {
    return await fs.readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

const flushFolder = async (folder: string) => {
  const handle = await fs.open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/**
 * Written under a temporary name, flushed and renamed, so a crash leaves no file or a whole one, and
 * it is on disk before the row naming it commits. A `*.tmp` file is one being written (the backup
 * skips them).
 */
const writeDurably = async (target: string, bytes: Buffer) => {
  await fs.mkdir(path.dirname(target), { recursive: true })
  const temporary = `${target}.${crypto.randomUUID()}.tmp`
  try {
    const handle = await fs.open(temporary, 'wx')
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, { force: true })
    throw error
  }
  await flushFolder(path.dirname(target))
}

/** The media folder on this server's disk (MEDIA_DIR), where Payload itself writes uploads. */
export const diskStorage = (mediaDir: string): MediaStorage => ({
  kind: 'disk',
  location: path.resolve(mediaDir),
  read: (name) => readIfPresent(mediaFilePath(mediaDir, name)),
  write: (name, bytes) => writeDurably(mediaFilePath(mediaDir, name), bytes),
  remove: (name) => fs.rm(mediaFilePath(mediaDir, name), { force: true }),
})
