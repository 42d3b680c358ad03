// Turns an incoming HTTP request into the flat field map the Graph API works with.
import { createHash } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

import { GraphFailure } from './errors'
import { boundaryOf, MultipartError, parseMultipart } from './multipart'
import type { UploadedFile } from './types'

const MAX_BODY_BYTES = 64 * 1024 * 1024
const VERSION_PREFIX = /^\/(v\d+(?:\.\d+)?)(?=\/|$)/

export interface ParsedRequest {
  method: string
  path: string
  version: string | null
  /** Path segments after the version prefix, e.g. ['1000', 'feed']. */
  segments: string[]
  /** Query and body fields merged (body wins), including access_token. */
  fields: Record<string, string>
  files: UploadedFile[]
  accessToken: string | null
}

export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req) {
    const buffer = chunk as Buffer
    size += buffer.length
    if (size > MAX_BODY_BYTES) throw new GraphFailure(413, 100, 'Request body is too large')
    chunks.push(buffer)
  }
  return Buffer.concat(chunks)
}

// JSON bodies are accepted because some clients send them; nested values become JSON strings so
// every endpoint reads one shape, as it would from a form.
function jsonFields(body: Buffer): Record<string, string> {
  let parsed: unknown
  try {
    parsed = JSON.parse(body.toString('utf8'))
  } catch {
    throw new GraphFailure(400, 100, 'Request body is not valid JSON')
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new GraphFailure(400, 100, 'JSON request body must be an object')
  }
  const fields: Record<string, string> = {}
  for (const [key, value] of Object.entries(parsed)) {
    if (value === null || value === undefined) continue
    fields[key] = typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
  return fields
}

function toUploadedFile(field: string, filename: string, contentType: string, bytes: Buffer): UploadedFile {
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  return { field, filename, contentType, size: bytes.length, sha256, bytes: Buffer.from(bytes) }
}

function bodyFields(contentType: string, body: Buffer): { fields: Record<string, string>; files: UploadedFile[] } {
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? ''
  if (body.length === 0) return { fields: {}, files: [] }
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { fields: Object.fromEntries(new URLSearchParams(body.toString('utf8'))), files: [] }
  }
  if (mediaType === 'application/json') return { fields: jsonFields(body), files: [] }
  if (mediaType === 'multipart/form-data') {
    const boundary = boundaryOf(contentType)
    if (!boundary) throw new GraphFailure(400, 100, 'Multipart request has no boundary')
    try {
      const fields: Record<string, string> = {}
      const files: UploadedFile[] = []
      for (const part of parseMultipart(body, boundary)) {
        if (part.filename === undefined) fields[part.name] = part.data.toString('utf8')
        else
          files.push(
            toUploadedFile(part.name, part.filename, part.contentType ?? 'application/octet-stream', part.data),
          )
      }
      return { fields, files }
    } catch (error) {
      if (error instanceof MultipartError)
        throw new GraphFailure(400, 100, `Malformed multipart body: ${error.message}`)
      throw error
    }
  }
  throw new GraphFailure(400, 100, `Unsupported content type: ${mediaType || 'none'}`)
}

function bearerToken(header: string | undefined): string | null {
  const match = /^(?:Bearer|OAuth)\s+(\S+)$/i.exec(header?.trim() ?? '')
  return match?.[1] ?? null
}

export function parseRequest(req: IncomingMessage, body: Buffer): ParsedRequest {
  const url = new URL(req.url ?? '/', 'http://simulator.invalid')
  const path = url.pathname
  const version = VERSION_PREFIX.exec(path)?.[1] ?? null
  const graphPath = version ? path.slice(version.length + 1) : path
  const segments = graphPath.split('/').filter(Boolean).map(decodeURIComponent)

  const parsedBody = bodyFields(req.headers['content-type'] ?? '', body)
  const fields = { ...Object.fromEntries(url.searchParams), ...parsedBody.fields }
  const accessToken = fields.access_token ?? bearerToken(req.headers.authorization)
  return {
    method: (req.method ?? 'GET').toUpperCase(),
    path,
    version,
    segments,
    fields,
    files: parsedBody.files,
    accessToken,
  }
}

export function withoutToken(fields: Record<string, string>): Record<string, string> {
  const { access_token: _omitted, ...rest } = fields
  return rest
}
