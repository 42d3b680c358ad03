import type { AfterErrorHook } from 'payload'

interface ErrorFacts {
  name?: string
  message?: string
  data?: unknown
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/**
 * Puts an error's `data` back into the REST answer: the field paths of a validation error (the
 * admin marks those fields, the bulk-upload drawer included) and the stable `code` of ours.
 *
 * Payload's error formatter recognises its errors with `instanceof`. In the built server the REST
 * route is Next's bundled copy of Payload while the collection handlers that throw belong to the
 * Payload instance `src/server.ts` started from `node_modules`: two classes of the same name, so
 * every error answered as a bare message. Only an error Payload chose to show is completed (its
 * message went out as is); a hidden one stays "Something went wrong".
 */
export const keepErrorData: AfterErrorHook = ({ error, result }) => {
  const { name, message, data } = error as ErrorFacts
  const [first, ...rest] = result?.errors ?? []
  if (!first || !isRecord(data) || 'data' in first || first.message !== message) return
  return { response: { ...result, errors: [{ ...first, name, data }, ...rest] } }
}
