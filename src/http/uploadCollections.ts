import type { SanitizedConfig } from 'payload'

/** The collections that take a file upload (their multipart writes get the upload cap). */
export const uploadCollectionsOf = (config: Pick<SanitizedConfig, 'collections'>): string[] =>
  config.collections.filter((collection) => Boolean(collection.upload)).map((collection) => collection.slug)
