'use client'
import { toast, useTranslation } from '@payloadcms/ui'
import { type ReactNode, useEffect } from 'react'

import { type Translate, translateToast } from './translateToast'

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
