export interface BucketSettings {
  bucket: string
  /** Key prefix inside the bucket (`newsroom/`), empty for the whole bucket. */
  prefix: string
  region: string
  /** An S3-compatible service's address (MinIO, Ceph, a provider's endpoint); AWS itself when unset. */
  endpoint?: string
  /** `bucket` in the path rather than the host name: what most self-hosted services need. */
  forcePathStyle: boolean
  /** Unset: the AWS SDK's own chain (AWS_ACCESS_KEY_ID, an instance role, …). */
  credentials?: { accessKeyId: string; secretAccessKey: string }
}

/**
 * The bucket chosen by the environment, or null: without MEDIA_S3_BUCKET media stays on the local
 * disk (MEDIA_DIR) exactly as before.
 */
export const bucketSettingsFromEnv = (env: Record<string, string | undefined> = process.env): BucketSettings | null => {
  const bucket = env.MEDIA_S3_BUCKET?.trim()
  if (!bucket) return null
  const accessKeyId = env.MEDIA_S3_ACCESS_KEY_ID?.trim()
  const secretAccessKey = env.MEDIA_S3_SECRET_ACCESS_KEY?.trim()
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error('MEDIA_S3_ACCESS_KEY_ID and MEDIA_S3_SECRET_ACCESS_KEY go together: set both or neither')
  }
  const prefix = (env.MEDIA_S3_PREFIX ?? '').trim().replace(/^\/+|\/+$/g, '')
  return {
    bucket,
    prefix: prefix ? `${prefix}/` : '',
    region: env.MEDIA_S3_REGION?.trim() || 'us-east-1',
    endpoint: env.MEDIA_S3_ENDPOINT?.trim() || undefined,
    forcePathStyle: ['1', 'true', 'yes'].includes((env.MEDIA_S3_FORCE_PATH_STYLE ?? '').trim().toLowerCase()),
    credentials: accessKeyId && secretAccessKey ? { accessKeyId, secretAccessKey } : undefined,
  }
}
