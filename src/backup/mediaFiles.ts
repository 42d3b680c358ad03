import fs from 'node:fs/promises'
import path from 'node:path'

export interface MediaFile {
  /** Relative to the media folder, `/`-separated (`approved/<sha256>.jpg`, `anh-1-400x300.jpg`). */
  name: string
  absolute: string
  size: number
}

/**
 * Every file under the media folder, the approved copies included. A `*.tmp` file is a copy being
 * written (`src/media/storage/diskStorage.ts` renames it into place when complete): not yet data.
 */
export const listMediaFiles = async (root: string, prefix = ''): Promise<MediaFile[]> => {
  let entries
  try {
    entries = await fs.readdir(path.join(root, prefix), { withFileTypes: true })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const files: MediaFile[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const name = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) files.push(...(await listMediaFiles(root, name)))
    else if (entry.isFile() && !entry.name.endsWith('.tmp')) {
      const absolute = path.join(root, name)
      files.push({ name, absolute, size: (await fs.stat(absolute)).size })
    }
  }
  return files
}
