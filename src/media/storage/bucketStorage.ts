import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3'

import type { BucketSettings } from './bucketSettings'
import { checkedName, type MediaStorage } from './types'

const isMissing = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)

/**
 * An S3-compatible bucket. A PUT replaces an object whole, so a reader never sees half a file; the
 * bucket is shared by every app process and worker, which is what lets the newsroom run on several.
 */
export const bucketStorage = (settings: BucketSettings): MediaStorage => {
  const client = new S3Client({
    region: settings.region,
    endpoint: settings.endpoint,
    forcePathStyle: settings.forcePathStyle,
    credentials: settings.credentials,
  })
  const Bucket = settings.bucket
  const key = (name: string) => `${settings.prefix}${checkedName(name)}`
  return {
    kind: 'bucket',
    location: `s3://${Bucket}/${settings.prefix}`,
    read: async (name) => {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: key(name) }))
        return answer.Body ? Buffer.from(await answer.Body.transformToByteArray()) : Buffer.alloc(0)
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
    },
    write: async (name, bytes, mimeType) => {
      await client.send(new PutObjectCommand({ Bucket, Key: key(name), Body: bytes, ContentType: mimeType }))
    },
    remove: async (name) => {
      await client.send(new DeleteObjectCommand({ Bucket, Key: key(name) }))
    },
  }
}
