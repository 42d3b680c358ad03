import { execFileSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { extract } from 'tar'

import { createArchiveWriter } from '../../src/backup/archiveWriter'

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-archive-'))
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

const sha256 = (bytes: Buffer) => crypto.createHash('sha256').update(bytes).digest('hex')

describe('createArchiveWriter', () => {
  it('writes a tar that tar and the restore read back byte for byte, long Vietnamese names included', async () => {
    const files: Record<string, Buffer> = {
      'media/anh-1.jpg': crypto.randomBytes(700),
      'media/empty.jpg': Buffer.alloc(0),
      'media/approved/exactly-one-block.jpg': crypto.randomBytes(512),
      // A file name past ustar's 100 bytes (and within a file system's 255): only a PAX header carries it.
      [`media/${'Lễ kỷ niệm ngày thành lập Đảng bộ huyện '.repeat(4)}.jpg`]: crypto.randomBytes(3000),
    }
    const archive = path.join(dir, 'test.tar')
    const writer = createArchiveWriter(archive)
    const listed = []
    for (const [name, bytes] of Object.entries(files)) {
      const source = path.join(dir, `source-${listed.length}`)
      fs.writeFileSync(source, bytes)
      listed.push(await writer.addFile(name, source, bytes.length))
    }
    await writer.addBytes('manifest.json', Buffer.from('{}'))
    await writer.finish()

    expect(listed).toEqual(
      Object.entries(files).map(([name, bytes]) => ({ path: name, size: bytes.length, sha256: sha256(bytes) })),
    )
    const out = path.join(dir, 'out')
    fs.mkdirSync(out)
    await extract({ file: archive, cwd: out, strict: true })
    for (const [name, bytes] of Object.entries(files))
      expect(fs.readFileSync(path.join(out, name)).equals(bytes)).toBe(true)
    const names = execFileSync('tar', ['-tf', archive], { encoding: 'utf8' }).trim().split('\n')
    expect(names).toEqual([...Object.keys(files), 'manifest.json'])
  })

  it('refuses to overwrite an existing archive', async () => {
    const archive = path.join(dir, 'taken.tar')
    fs.writeFileSync(archive, 'x')
    const writer = createArchiveWriter(archive)
    await expect(writer.addBytes('a', Buffer.from('b')).then(() => writer.finish())).rejects.toThrow(/EEXIST/)
    expect(fs.readFileSync(archive, 'utf8')).toBe('x')
  })
})
