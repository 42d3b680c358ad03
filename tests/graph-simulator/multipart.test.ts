import { describe, expect, it } from '@jest/globals'

import { boundaryOf, MultipartError, parseMultipart } from './multipart'

const crlf = (...lines: string[]) => Buffer.from(lines.join('\r\n'), 'utf8')

describe('multipart parser', () => {
  it('matches what fetch sends, byte for byte', async () => {
    const binary = Buffer.from([0x00, 0x0d, 0x0a, 0x2d, 0x2d, 0xff, 0x0d, 0x0a])
    const form = new FormData()
    form.append('caption', 'Ảnh: "Lễ" kết nạp\r\nđảng viên')
    form.append('source', new Blob([new Uint8Array(binary)], { type: 'image/jpeg' }), 'ảnh 1.jpg')
    form.append('empty', '')
    const request = new Request('http://x.invalid', { method: 'POST', body: form })
    const boundary = boundaryOf(request.headers.get('content-type') ?? '')
    expect(boundary).not.toBeNull()

    const parts = parseMultipart(Buffer.from(await request.arrayBuffer()), boundary as string)
    expect(parts.map((part) => part.name)).toEqual(['caption', 'source', 'empty'])
    expect(parts[0]?.data.toString('utf8')).toBe('Ảnh: "Lễ" kết nạp\r\nđảng viên')
    expect(parts[0]?.filename).toBeUndefined()
    expect(parts[1]).toMatchObject({ filename: 'ảnh 1.jpg', contentType: 'image/jpeg' })
    expect(parts[1]?.data.equals(binary)).toBe(true)
    expect(parts[2]?.data.length).toBe(0)
  })

  it('reads quoted boundaries, preambles, escaped names and filename*', () => {
    expect(boundaryOf('multipart/form-data; charset=utf-8; boundary="a b;c"')).toBe('a b;c')
    const body = crlf(
      'preamble to ignore',
      '--XyZ',
      'Content-Disposition: form-data; name="say \\"hi\\""',
      '',
      'value',
      '--XyZ  ',
      'Content-Disposition: form-data; name=file; filename="fallback.png"; filename*=UTF-8\'\'%E1%BA%A3nh.png',
      '',
      'data',
      '--XyZ--',
      'epilogue',
    )
    const parts = parseMultipart(body, 'XyZ')
    expect(parts).toHaveLength(2)
    expect(parts[0]).toMatchObject({ name: 'say "hi"' })
    expect(parts[0]?.data.toString()).toBe('value')
    expect(parts[1]).toMatchObject({ name: 'file', filename: 'ảnh.png' })
  })

  it('skips parts without a form-data name', () => {
    const body = crlf(
      '--b',
      'Content-Type: text/plain',
      '',
      'orphan',
      '--b',
      'Content-Disposition: form-data; name="k"',
      '',
      'v',
      '--b--',
    )
    expect(parseMultipart(body, 'b').map((part) => part.name)).toEqual(['k'])
  })

  it('rejects truncated or malformed bodies', () => {
    expect(() => parseMultipart(crlf('no boundary here'), 'b')).toThrow(MultipartError)
    expect(() => parseMultipart(crlf('--b', 'Content-Disposition: form-data; name="k"', '', 'v'), 'b')).toThrow(
      'missing its closing boundary',
    )
    expect(() => parseMultipart(crlf('--b', 'Content-Disposition: form-data; name="k"'), 'b')).toThrow(
      'Unterminated part headers',
    )
    expect(() => parseMultipart(crlf('--bjunk', 'x'), 'b')).toThrow('Malformed multipart delimiter')
    expect(() => parseMultipart(crlf('--b', 'no colon', '', 'v', '--b--'), 'b')).toThrow('Malformed part header')
  })
})
