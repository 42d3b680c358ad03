/**
 * Permalinks come from outside (Facebook) or from the local feed (a path on this site): only those
 * two shapes become links, never `javascript:` or another scheme.
 */
export const safeLink = (value: unknown): string | null =>
  typeof value === 'string' && (/^https?:\/\//i.test(value) || /^\/(?!\/)/.test(value)) ? value : null
