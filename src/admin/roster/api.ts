import type { Id } from '../../workflow/roles'
import type { RosterWeek } from '../../roster/weekData'

export type Answer<T> = { ok: true; body: T } | { ok: false; message: string | null }

const headers = (language: string) => ({ 'Accept-Language': language, 'Content-Type': 'application/json' })

/** A refusal is an answer carrying the server's own (translated) message; only the network throws. */
const post = async <T>(url: string, body: unknown, language: string): Promise<Answer<T>> => {
  const response = await fetch(url, {
    method: 'POST',
    credentials: 'include',
    headers: headers(language),
    body: JSON.stringify(body),
  })
  const parsed = (await response.json().catch(() => null)) as (T & { errors?: { message?: unknown }[] }) | null
  if (response.ok && parsed) return { ok: true, body: parsed }
  const message = parsed?.errors?.[0]?.message
  return { ok: false, message: typeof message === 'string' && message !== '' ? message : null }
}

export const saveCell = (
  apiRoute: string,
  input: { monday: string; day: string; slot: string; members: Id[] },
  language: string,
) =>
  post<{ week: RosterWeek; message: string }>(
    `${apiRoute}/shifts/week`,
    { week: input.monday, assignments: [{ day: input.day, slot: input.slot, members: input.members }] },
    language,
  )

export const copyWeek = (apiRoute: string, from: string, to: string, language: string) =>
  post<{ added: number; cells: number; to: string }>(`${apiRoute}/shifts/copy-week`, { from, to }, language)
