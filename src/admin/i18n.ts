'use client'
import type { NestedKeysStripped } from '@payloadcms/translations'
import { useTranslation } from '@payloadcms/ui'

import type { adminTranslations } from '../i18n/adminTranslations'

type NewsroomTranslations = (typeof adminTranslations)['vi']
export type NewsroomKey = NestedKeysStripped<NewsroomTranslations>

export type Language = 'vi' | 'en'
type Label = { vi: string; en: string }

/** Payload's `useTranslation`, typed so that `t('newsroom:…')` keys are checked at compile time. */
export const useNewsroomTranslation = () => {
  const { i18n, t } = useTranslation<NewsroomTranslations, NewsroomKey>()
  const language: Language = i18n.language === 'en' ? 'en' : 'vi'
  return { i18n, t, language, pick: (label: Label | undefined) => (label ? label[language] : '') }
}
