import fs from 'node:fs/promises'
import path from 'node:path'

import type { PayloadRequest, UploadConfig } from 'payload'

import { refusal } from '../i18n/errors'

type UploadHandler = NonNullable<UploadConfig['handlers']>[number]

const missingFileAnswer = async (req: PayloadRequest, filename: string): Promise<Response | undefined> => {
  const staticDir = req.payload.collections.media?.config.upload?.staticDir
  if (!staticDir) return undefined
  const dir = path.resolve(staticDir)
  const file = path.resolve(dir, filename)
  if (!file.startsWith(dir + path.sep)) return undefined
  const found = await fs.stat(file).then(
    (stats) => stats.isFile(),
    () => false,
  )
  return found ? undefined : refusal(req, 'file_not_found', 404)
}

/**
 * `GET /api/media/file/<name>` for a file that is not on disk: 404 `file_not_found`, where Payload
 * would answer 500. Runs as an upload handler, after the read access check; answering nothing lets
 * Payload serve the file as usual (its type has no "a Response or nothing" promise, hence the cast).
 */
export const answerMissingFile = ((req, { params }) => missingFileAnswer(req, params.filename)) as UploadHandler
