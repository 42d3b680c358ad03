import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3'
import S3rver from 's3rver'

import { bucketSettingsFromEnv } from '../../src/media/storage/bucketSettings'
import { bucketStorage } from '../../src/media/storage/bucketStorage'

export interface TestBucket {
  /** The MEDIA_S3_* settings that point the newsroom at this bucket. */
  env: Record<string, string>
  /** Every key in the bucket, sorted. */
  keys: () => Promise<string[]>
  read: (key: string) => Promise<Buffer | null>
  remove: (key: string) => Promise<void>
  close: () => Promise<void>
}

/**
 * An S3-compatible service on 127.0.0.1 (s3rver, files in a temporary folder) with one empty bucket,
 * on a free port.
 */
export const startTestBucket = async (): Promise<TestBucket> => {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-s3-'))
  const bucket = 'newsroom-media'
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    resetOnClose: true,
    configureBuckets: [{ name: bucket }],
  })
  const { port } = await server.run()
  const env = {
    MEDIA_S3_BUCKET: bucket,
    MEDIA_S3_ENDPOINT: `http://127.0.0.1:${port}`,
    MEDIA_S3_REGION: 'us-east-1',
    MEDIA_S3_FORCE_PATH_STYLE: 'true',
    // s3rver's own fixed credentials.
    MEDIA_S3_ACCESS_KEY_ID: 'S3RVER',
    MEDIA_S3_SECRET_ACCESS_KEY: 'S3RVER',
  }
  const settings = bucketSettingsFromEnv(env)!
  const storage = bucketStorage(settings)
  const client = new S3Client({ ...settings })
  return {
    env,
    keys: async () => {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }))
      return (listed.Contents ?? []).map((object) => object.Key!).sort()
    },
    read: storage.read,
    remove: storage.remove,
    close: async () => {
      client.destroy()
      await server.close()
      fs.rmSync(directory, { recursive: true, force: true })
    },
  }
}
