import { type Bilingual, languageOf } from '../../i18n/language'
import type { NewsroomKey } from '../i18n'

/** Server components have no hooks: the same typed `t('newsroom:…')` and `pick`, from `req.i18n`. */
export const serverTranslation = (i18n: {
  language: string
  t: (key: any, options?: Record<string, unknown>) => string
}) => {
  const language = languageOf(i18n.language)
  return {
    language,
    t: (key: NewsroomKey, options?: Record<string, unknown>) => i18n.t(key, options),
    pick: (label: Bilingual | undefined) => (label ? label[language] : ''),
  }
}

export type ServerTranslation = ReturnType<typeof serverTranslation>
