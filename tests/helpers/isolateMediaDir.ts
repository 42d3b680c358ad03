// Each test file uploads into a temporary folder of its own, removed when the file is done, so tests
// never write into the checkout's media/ folder nor see each other's files.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const mediaDir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-media-'))
process.env.MEDIA_DIR = mediaDir

afterAll(() => {
  fs.rmSync(mediaDir, { recursive: true, force: true })
})
