/**
 * The photos benchmark's baseline: what the server does to an uploaded photo, written directly with
 * sharp (no HTTP, no Payload, no database), in a process of its own so that its memory is measured
 * alike. Run as a child with an IPC channel: each message `{ count }` ingests the photo `count` times
 * at once and answers `{ ms }`.
 *
 * The work, per photo, is the server's: read the header, decode, rotate upright by EXIF, re-encode
 * without metadata (`CLEANED_ENCODING`), then each of `IMAGE_SIZES` from the cleaned file, the three at
 * once, and write the four files.
 */
import fs from 'node:fs/promises'
import path from 'node:path'

import sharp, { type ResizeOptions } from 'sharp'

import { CLEANED_ENCODING, IMAGE_SIZES } from '../../src/media/imageSettings'

const ingest = async (input: Buffer, outDir: string, name: string) => {
  await sharp(input, { limitInputPixels: false }).metadata()
  const cleaned = await sharp(input, { failOn: 'error' }).rotate().jpeg(CLEANED_ENCODING.jpeg).toBuffer()
  await fs.writeFile(path.join(outDir, `${name}.jpg`), cleaned)
  await Promise.all(
    IMAGE_SIZES.map(async (size) => {
      const { data, info } = await sharp(cleaned)
        .rotate()
        .resize(size as ResizeOptions)
        .toBuffer({ resolveWithObject: true })
      await fs.writeFile(path.join(outDir, `${name}-${info.width}x${info.height}.jpg`), data)
    }),
  )
}

const [inputPath, outDir] = process.argv.slice(2) as [string, string]
const input = await fs.readFile(inputPath)
let batch = 0
process.on('message', (message: { count: number }) => {
  batch += 1
  const started = performance.now()
  void Promise.all(
    Array.from({ length: message.count }, (_, index) => ingest(input, outDir, `b${batch}-${index}`)),
  ).then(() => process.send!({ ms: performance.now() - started }))
})
process.send!({ ready: true })
