import path from 'node:path'

import { existingSecret } from '../config/secret'
import { DEFAULT_DATABASE_URI } from '../db/adapter'
import { mediaDir } from '../media/mediaDir'
import { mediaStorageFromEnv } from '../media/storage/mediaStorage'
import { restoreBackup } from './restoreBackup'
import { runCommand } from './runCommand'

/**
 * `npm run restore FILE`: restores an archive into the empty database of DATABASE_URI and the empty
 * MEDIA_DIR (a fresh clone or a new server). Start the app afterwards as usual. With the photos in a
 * bucket (MEDIA_S3_BUCKET), the bucket is restored with its provider's tools: this says so.
 */
void runCommand(async () => {
  const given = process.argv[2]
  if (!given) {
    console.error('Cách dùng / usage: npm run restore <newsroom-….tar>')
    process.exit(2)
  }
  // npm runs scripts from the project's folder; a relative path means the one the command was typed in.
  const archive = path.resolve(process.env.INIT_CWD ?? process.cwd(), given)
  const { sameSecret, manifest } = await restoreBackup({
    archive,
    databaseUri: process.env.DATABASE_URI || DEFAULT_DATABASE_URI,
    mediaDir: mediaDir(),
    secret: existingSecret(),
    progress: (line) => console.log(line),
  })
  console.log(`✓ Đã khôi phục bản sao lưu lúc / restored the backup of ${manifest.createdAt}`)
  const storage = mediaStorageFromEnv()
  if (storage.kind === 'bucket') {
    console.log(
      `• Ảnh nằm trong bucket ${storage.location}: khôi phục bucket bằng công cụ của nhà cung cấp.\n` +
        `  Photos are in the bucket ${storage.location}: restore it with the provider's tools.`,
    )
  }
  if (sameSecret !== true) {
    console.warn(
      '⚠ PAYLOAD_SECRET khác (hoặc chưa có) so với bản đã sao lưu: hãy đặt đúng secret cũ, nếu không phải kết nối lại các kênh Facebook.\n' +
        '  PAYLOAD_SECRET differs from (or is not yet) the backed-up one: set the old secret, or reconnect the Facebook channels.',
    )
  }
})
