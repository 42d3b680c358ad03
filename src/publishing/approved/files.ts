import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import path from 'node:path'

/** The folder, under the media folder, where the photos of approved stories are kept. */
export const KEPT_DIR = 'approved'

/** A file under the media folder; a stored name is data, and must not be able to walk out of it. */
export const mediaFilePath = (mediaDir: string, file: string) => {
  const root = path.resolve(mediaDir)
  const resolved = path.resolve(root, file)
  if (!resolved.startsWith(root + path.sep)) throw new RangeError(`"${file}" is not a file in the media folder`)
  return resolved
}

/** A file's bytes, or null when it is not there. */
export const readIfPresent = async (file: string) => {
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

/**
 * Keeps a copy of a media file as `approved/<sha256>.<ext>`; null when the file is not on disk.
 *
 * The copy is written under a temporary name, flushed and renamed, so a crash leaves no copy or a
 * whole one, and it is on disk before the approval naming it commits. Named by its content, it can
 * be verified, and the same file approved twice is stored once. The app never deletes these copies:
 * a committed approval never names a missing file, and the copy of an approval that rolled back is
 * harmless garbage.
 */
export const keepCopy = async (mediaDir: string, filename: string) => {
  const bytes = await readIfPresent(mediaFilePath(mediaDir, path.basename(filename)))
  if (!bytes) return null
  const sha256 = crypto.createHash('sha256').update(bytes).digest('hex')
  const file = `${KEPT_DIR}/${sha256}${path.extname(filename).toLowerCase()}`
  const target = mediaFilePath(mediaDir, file)
  if (!(await readIfPresent(target))?.equals(bytes)) await writeDurably(target, bytes)
  return { file, sha256 }
}
