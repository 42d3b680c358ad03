import type { Language, NewsroomKey } from '../i18n'

type Label = { vi: string; en: string }

/** Server components have no hooks: the same typed `t('newsroom:…')` and `pick`, from `req.i18n`. */
export const serverTranslation = (i18n: {
  language: string
  t: (key: any, options?: Record<string, unknown>) => string
}) => {
  const language: Language = i18n.language === 'en' ? 'en' : 'vi'
  return {
    language,
    t: (key: NewsroomKey, options?: Record<string, unknown>) => i18n.t(key, options),
    pick: (label: Label | undefined) => (label ? label[language] : ''),
  }
}

export type ServerTranslation = ReturnType<typeof serverTranslation>
