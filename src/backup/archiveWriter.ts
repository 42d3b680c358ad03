import crypto from 'node:crypto'
import fs from 'node:fs'
import { once } from 'node:events'

import { Header, Pax } from 'tar'

const BLOCK = 512

export interface ArchivedFile {
  /** The path inside the archive, `/`-separated. */
  path: string
  size: number
  sha256: string
}

/**
 * Writes a plain tar archive (readable by `tar` and by the restore command) one file at a time,
 * hashing each file's bytes as they go in: one read of every photo, however many gigabytes there
 * are. Not gzipped: photos are compressed already, and the database snapshot is small beside them.
 */
export const createArchiveWriter = (target: string) => {
  const out = fs.createWriteStream(target, { flags: 'wx' })
  const failed = new Promise<never>((_, reject) => out.once('error', reject))
  failed.catch(() => {})

  const write = async (chunk: Buffer) => {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed])
  }

  const writeHeader = async (path: string, size: number) => {
    const fields = { path, size, mode: 0o644, uid: 0, gid: 0, mtime: new Date(), type: 'File' as const }
    const header = new Header(fields)
    // A name beyond ustar's fields goes in a PAX extended header first (what GNU and bsdtar read).
    if (header.encode()) await write(new Pax(fields).encode())
    await write(header.block!)
  }

  const pad = (size: number) => write(Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK))

  return {
    /** Copies `size` bytes of `source` in (a file still growing is cut at the size it had when listed). */
    addFile: async (path: string, source: string, size: number): Promise<ArchivedFile> => {
      await writeHeader(path, size)
      const hash = crypto.createHash('sha256')
      let copied = 0
      if (size > 0) {
        for await (const chunk of fs.createReadStream(source, { end: size - 1 }) as AsyncIterable<Buffer>) {
          hash.update(chunk)
          copied += chunk.length
          await write(chunk)
        }
      }
      if (copied !== size) throw new Error(`${source} shrank while it was being backed up (${copied} of ${size} bytes)`)
      await pad(size)
      return { path, size, sha256: hash.digest('hex') }
    },
    addBytes: async (path: string, bytes: Buffer) => {
      await writeHeader(path, bytes.length)
      await write(bytes)
      await pad(bytes.length)
    },
    /** The end-of-archive marker, then everything flushed to disk. */
    finish: async () => {
      await write(Buffer.alloc(BLOCK * 2))
      out.end()
      await Promise.race([once(out, 'finish'), failed])
      const handle = await fs.promises.open(target, 'r')
      await handle.sync().finally(() => handle.close())
    },
    abort: () => out.destroy(),
  }
}
