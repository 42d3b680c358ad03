/**
 * Compares two field values the way a reader would: relationship values by id whatever their
 * depth, and rich text without the keys the editor adds on every save (version, direction…), so that
 * re-saving an unchanged approved story is not mistaken for an edit.
 */
const EDITOR_NOISE_KEYS = new Set(['version', 'direction', 'textFormat', 'textStyle', '$'])

const canonical = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>
    if ('id' in record && ('createdAt' in record || 'updatedAt' in record)) return String(record.id)
    return Object.fromEntries(
      Object.keys(record)
        .filter((key) => !EDITOR_NOISE_KEYS.has(key) && record[key] != null && record[key] !== '')
        .sort()
        .map((key) => [key, canonical(record[key])]),
    )
  }
  if (typeof value === 'number') return String(value)
  return value ?? null
}

export const sameContent = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a === '' ? null : a)) === JSON.stringify(canonical(b === '' ? null : b))
