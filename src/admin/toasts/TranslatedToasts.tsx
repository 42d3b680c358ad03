'use client'
import { toast, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

type Translate = (key: string, vars?: Record<string, unknown>) => string

/**
 * Payload's bulk upload writes its result toasts in English, outside its translations
 * ("Successfully saved 2 files"). They are the only such toasts: each is recognised by its exact
 * text and said again through `t()` in the admin's language.
 */
const HARD_CODED: readonly { pattern: RegExp; key: string }[] = [
  { pattern: /^Successfully saved (\d+) files?$/, key: 'upload:savedFiles' },
  { pattern: /^Failed to save (\d+) files?$/, key: 'upload:filesNotSaved' },
]

export const translateToast = (message: unknown, t: Translate): unknown => {
  if (typeof message !== 'string') return message
  for (const { pattern, key } of HARD_CODED) {
    const match = pattern.exec(message)
    if (match) return t(key, { count: Number(match[1]) })
  }
  return message
}

let current: Translate | null = null
let installed = false

/** Wraps `toast.success`/`toast.error` once; the wrappers read the language of the latest render. */
const install = () => {
  if (installed) return
  installed = true
  for (const kind of ['success', 'error'] as const) {
    const original = toast[kind]
    toast[kind] = ((message: Parameters<typeof original>[0], data?: Parameters<typeof original>[1]) =>
      original((current ? translateToast(message, current) : message) as typeof message, data)) as typeof original
  }
}

export const TranslatedToasts = ({ children }: { children?: ReactNode }) => {
  const { t } = useTranslation()
  useEffect(() => {
    current = t as unknown as Translate
    install()
  }, [t])
  return <>{children}</>
}
