// A small multipart/form-data parser (RFC 7578) over a fully buffered body. The simulator reads
// whole requests anyway, so a buffer parser is simpler than a streaming one and easy to verify.

export interface MultipartPart {
  name: string
  /** Present for file parts, even when empty. */
  filename?: string
  contentType?: string
  data: Buffer
}

export class MultipartError extends Error {}

const CRLF = Buffer.from('\r\n')
const HEADER_END = Buffer.from('\r\n\r\n')

export function boundaryOf(contentType: string): string | null {
  const params = parseHeaderParams(contentType)
  const boundary = params.get('boundary')
  return boundary && boundary.length <= 70 ? boundary : null
}

// Splits `value; a=1; b="x;y"` into its parameters, honouring quoted strings and backslash escapes.
function parseHeaderParams(header: string): Map<string, string> {
  const params = new Map<string, string>()
  const pattern = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g
  for (const match of header.matchAll(pattern)) {
    const key = (match[1] ?? '').toLowerCase()
    const value = match[2] !== undefined ? match[2].replace(/\\(.)/g, '$1') : (match[3] ?? '').trim()
    if (!params.has(key)) params.set(key, value)
  }
  return params
}

function decodeExtendedValue(value: string): string | undefined {
  // RFC 5987 `filename*=UTF-8''na%C3%AFve.jpg`
  const match = /^([\w!#$%&+^`{}~-]+)'[^']*'(.*)$/.exec(value)
  if (!match || match[1]?.toLowerCase() !== 'utf-8') return undefined
  try {
    return decodeURIComponent(match[2] ?? '')
  } catch {
    return undefined
  }
}

function parsePartHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>()
  for (const line of block.split('\r\n')) {
    if (!line) continue
    const colon = line.indexOf(':')
    if (colon <= 0) throw new MultipartError(`Malformed part header: ${line}`)
    headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim())
  }
  return headers
}

function toPart(headerBlock: string, data: Buffer): MultipartPart | null {
  const headers = parsePartHeaders(headerBlock)
  const disposition = headers.get('content-disposition')
  if (!disposition || !/^form-data\b/i.test(disposition)) return null
  const params = parseHeaderParams(disposition)
  const name = params.get('name')
  if (name === undefined) return null
  const part: MultipartPart = { name, data }
  const extended = params.get('filename*')
  const filename = (extended && decodeExtendedValue(extended)) ?? params.get('filename')
  if (filename !== undefined) part.filename = filename
  const contentType = headers.get('content-type')
  if (contentType) part.contentType = contentType
  return part
}

export function parseMultipart(body: Buffer, boundary: string): MultipartPart[] {
  const delimiter = Buffer.from(`--${boundary}`)
  const nextDelimiter = Buffer.from(`\r\n--${boundary}`)
  const parts: MultipartPart[] = []

  const first = body.indexOf(delimiter)
  if (first < 0) throw new MultipartError('Multipart body has no boundary')
  let cursor = first + delimiter.length

  for (;;) {
    if (body.subarray(cursor, cursor + 2).toString('latin1') === '--') return parts
    // Transport padding (spaces/tabs) may follow a delimiter before its CRLF.
    while (body[cursor] === 0x20 || body[cursor] === 0x09) cursor += 1
    if (!body.subarray(cursor, cursor + 2).equals(CRLF)) throw new MultipartError('Malformed multipart delimiter')
    cursor += CRLF.length

    let headerBlock = ''
    let dataStart: number
    if (body.subarray(cursor, cursor + 2).equals(CRLF)) {
      dataStart = cursor + CRLF.length
    } else {
      const headerEnd = body.indexOf(HEADER_END, cursor)
      if (headerEnd < 0) throw new MultipartError('Unterminated part headers')
      headerBlock = body.subarray(cursor, headerEnd).toString('utf8')
      dataStart = headerEnd + HEADER_END.length
    }

    const dataEnd = body.indexOf(nextDelimiter, dataStart)
    if (dataEnd < 0) throw new MultipartError('Multipart body is missing its closing boundary')
    const part = toPart(headerBlock, body.subarray(dataStart, dataEnd))
    if (part) parts.push(part)
    cursor = dataEnd + nextDelimiter.length
  }
}
