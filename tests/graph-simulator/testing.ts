// Small helpers for driving the simulator over HTTP from tests.
import { createHash } from 'node:crypto'

export interface GraphResponse {
  status: number
  headers: Headers
  body: any
}

export async function graphCall(baseUrl: string, path: string, init: RequestInit = {}): Promise<GraphResponse> {
  const response = await fetch(`${baseUrl}${path}`, init)
  const text = await response.text()
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null }
}

export function postForm(baseUrl: string, path: string, fields: Record<string, string>): Promise<GraphResponse> {
  return graphCall(baseUrl, path, { method: 'POST', body: new URLSearchParams(fields) })
}

export function postMultipart(
  baseUrl: string,
  path: string,
  fields: Record<string, string>,
  file?: { field?: string; bytes: Buffer; filename?: string; type?: string },
): Promise<GraphResponse> {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.append(name, value)
  if (file) {
    const blob = new Blob([new Uint8Array(file.bytes)], { type: file.type ?? 'image/png' })
    form.append(file.field ?? 'source', blob, file.filename ?? 'photo.png')
  }
  return graphCall(baseUrl, path, { method: 'POST', body: form })
}

/** A PNG signature followed by distinct bytes: enough for the simulator's format check. */
export function fakePng(seed: number, size = 64): Buffer {
  const bytes = Buffer.alloc(size, seed % 256)
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes)
  bytes.write('\r\n--not-a-boundary\r\n', 8, 'latin1')
  return bytes
}

export const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')
