import type { Payload } from 'payload'

import { mediaStorageOf } from '../media/storage/mediaStorage'

/** A file in the media storage that goes with a notice's email (the monthly report's XLSX and PDF). */
export interface NoticeAttachment {
  /** The file's name in the media storage. */
  file: string
  /** The name the recipient sees. */
  filename: string
  contentType: string
}

/** The attachments a notification row holds (a JSON column): only well-formed ones. */
export const noticeAttachments = (value: unknown): NoticeAttachment[] =>
  Array.isArray(value)
    ? value.filter(
        (entry): entry is NoticeAttachment =>
          typeof entry?.file === 'string' &&
          typeof entry?.filename === 'string' &&
          typeof entry?.contentType === 'string',
      )
    : []

/** The files of a row for the mail, read from storage; a file no longer there is left out (and said). */
export const readAttachments = async (payload: Payload, value: unknown) => {
  const storage = mediaStorageOf(payload)
  const files = []
  for (const attachment of noticeAttachments(value)) {
    const content = await storage.read(attachment.file)
    if (content) files.push({ filename: attachment.filename, content, contentType: attachment.contentType })
    else payload.logger.warn(`Email attachment ${attachment.filename} is no longer in storage; sent without it`)
  }
  return files
}
