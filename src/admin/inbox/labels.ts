'use client'
import { getTranslation } from '@payloadcms/translations'
import { useConfig, useTranslation } from '@payloadcms/ui'
import type { ClientField } from 'payload'

type Option = string | { label?: unknown; value: string }

/** The label of a select field's option, in the admin's language, from the collection's own config. */
export const optionLabel = (field: unknown, value: unknown, i18n: Parameters<typeof getTranslation>[1]): string => {
  const options = ((field as { options?: Option[] } | undefined)?.options ?? []) as Option[]
  const option = options.find((candidate) => (typeof candidate === 'string' ? candidate : candidate.value) === value)
  if (!option) return typeof value === 'string' ? value : ''
  if (typeof option === 'string') return option
  const label = getTranslation(option.label as Parameters<typeof getTranslation>[0], i18n)
  return typeof label === 'string' ? label : String(option.value)
}

/** Labels of the inbox's `state` and `kind` options, so they are written in one place: collections/Inbox.ts. */
export const useInboxLabels = () => {
  const { i18n } = useTranslation()
  const { getEntityConfig } = useConfig()
  const fields = (getEntityConfig({ collectionSlug: 'inbox' })?.fields ?? []) as ClientField[]
  const field = (name: string) => fields.find((candidate) => 'name' in candidate && candidate.name === name)
  return {
    state: (value: unknown) => optionLabel(field('state'), value, i18n),
    kind: (value: unknown) => optionLabel(field('kind'), value, i18n),
  }
}
