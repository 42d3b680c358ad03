import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig } from 'payload'
import sharp from 'sharp'

import { Areas } from '../../collections/Areas'
import { Channels } from '../../collections/Channels'
import { Media } from '../../collections/Media'
import { Publications } from '../../collections/Publications'
import { Stories } from '../../collections/Stories'
import { Units } from '../../collections/Units'
import { Users } from '../../collections/Users'
import { MAX_UPLOAD_BYTES } from '../../hooks/media/normalizeUploadedImage'
import { databaseAdapter } from '../db/adapter'
import { adminTranslations } from '../i18n/adminTranslations'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface NewsroomOptions {
  databaseUri: string
  secret: string
  serverURL?: string
}

export const buildNewsroomConfig = ({ databaseUri, secret, serverURL }: NewsroomOptions) =>
  buildConfig({
    serverURL,
    secret,
    telemetry: false,
    admin: {
      user: 'users',
      importMap: { baseDir: rootDir, importMapFile: path.join(rootDir, 'src/app/(payload)/admin/importMap.js') },
      meta: { titleSuffix: ' · Tòa soạn cộng tác viên' },
      dateFormat: 'dd/MM/yyyy HH:mm',
    },
    collections: [Stories, Publications, Media, Areas, Units, Channels, Users],
    editor: lexicalEditor(),
    db: databaseAdapter(databaseUri),
    sharp,
    i18n: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
      translations: adminTranslations,
    },
    // Busboy stops reading at the limit and answers 413 instead of silently truncating the file.
    upload: {
      limits: { fileSize: MAX_UPLOAD_BYTES },
      abortOnLimit: true,
      responseOnLimit: 'Tệp quá lớn: mỗi ảnh tối đa 25 MB (file too large: the limit is 25 MB)',
    },
    typescript: { outputFile: path.join(rootDir, 'payload-types.ts'), autoGenerate: false },
  })
