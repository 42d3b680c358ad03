import path from 'node:path'

/**
 * Where uploaded photos live (MEDIA_DIR, default ./media), resolved once: Payload would resolve a
 * relative staticDir against process.cwd() anyway, and the backup must read the very same folder.
 */
export const mediaDir = (): string => path.resolve(process.env.MEDIA_DIR || 'media')
