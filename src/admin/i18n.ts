'use client'
import type { NestedKeysStripped } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'

import type { adminTranslations } from '../i18n/adminTranslations'
import { type Bilingual, type Language, languageOf } from '../i18n/language'

type NewsroomTranslations = (typeof adminTranslations)['vi']
export type NewsroomKey = NestedKeysStripped<NewsroomTranslations>

export type { Language }

/** Payload's `useTranslation`, typed so that `t('newsroom:…')` keys are checked at compile time. */
export const useNewsroomTranslation = () => {
  const { i18n, t } = useTranslation<NewsroomTranslations, NewsroomKey>()
  const language = languageOf(i18n.language)
  return { i18n, t, language, pick: (label: Bilingual | undefined) => (label ? label[language] : '') }
}
