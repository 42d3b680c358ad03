import type { Id } from '../../workflow/roles'

export type ActionResult = { ok: true; doc: Record<string, unknown> } | { ok: false; message: string | null }

/** The server's refusal, already in the user's language (`errors[0].message`). */
export const errorMessage = async (response: Response): Promise<string | null> => {
  try {
    const body = (await response.json()) as { errors?: { message?: unknown }[] }
    const message = body.errors?.[0]?.message
    return typeof message === 'string' && message !== '' ? message : null
  } catch {
    return null
  }
}

/** `POST /api/publications/:id/retry|cancel`; a refusal is an answer, only a network failure throws. */
export const postPublicationAction = async (
  apiRoute: string,
  id: Id,
  action: 'retry' | 'cancel',
  language: string,
): Promise<ActionResult> => {
  const response = await fetch(`${apiRoute}/publications/${encodeURIComponent(String(id))}/${action}`, {
    method: 'POST',
    credentials: 'include',
    headers: { 'Accept-Language': language },
  })
  if (response.ok) return { ok: true, doc: (await response.json()) as Record<string, unknown> }
  return { ok: false, message: await errorMessage(response) }
}
