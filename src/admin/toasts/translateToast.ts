export type Translate = (key: string, vars?: Record<string, unknown>) => string

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
