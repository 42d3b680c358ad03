/**
 * Where the newsroom's media files live: the media folder on this server's disk (the default) or an
 * S3-compatible bucket (MEDIA_S3_BUCKET). Every place that reads or writes a media file by itself
 * (serving uploads from a bucket, the copies kept at approval, the public photo route, outgoing
 * posts, the backup) goes through this, so none of them knows which one it is.
 *
 * A name is relative and `/`-separated, as Payload stores it (`ab12cd34-anh.jpg`,
 * `approved/<sha256>.jpg`); a name that could walk out of the storage is refused.
 */
export interface MediaStorage {
  kind: 'disk' | 'bucket'
  /** For people: the folder, or `s3://bucket/prefix`. */
  location: string
  /** The file's bytes, or null when there is no such file. */
  read: (name: string) => Promise<Buffer | null>
  /** Writes the whole file or nothing: a reader never sees half of it. */
  write: (name: string, bytes: Buffer, mimeType: string) => Promise<void>
  /** Removes the file; a file already gone is not an error. */
  remove: (name: string) => Promise<void>
}

/** A stored name is data: refused unless it is a plain relative path inside the storage. */
export const checkedName = (name: string) => {
  const parts = name.split('/')
  if (!name || name.includes('\\') || parts.some((part) => part === '' || part === '.' || part === '..')) {
    throw new RangeError(`"${name}" is not a file in the media storage`)
  }
  return name
}
