import { describe, expect, it } from '@jest/globals'

import {
  buildPostMessage,
  findMarker,
  lexicalToPlainText,
  normalizeHashtags,
  publicationMarker,
} from '../../src/publishing/message'

type Node = Record<string, unknown>

const text = (value: string, format = 0): Node => ({ type: 'text', text: value, format, version: 1 })
const paragraph = (...children: Node[]): Node => ({ type: 'paragraph', children, version: 1 })
const heading = (tag: string, ...children: Node[]): Node => ({ type: 'heading', tag, children, version: 1 })
const quote = (...children: Node[]): Node => ({ type: 'quote', children, version: 1 })
const item = (value: number, ...children: Node[]): Node => ({ type: 'listitem', value, children, version: 1 })
const list = (listType: 'bullet' | 'number', children: Node[], start = 1): Node => ({
  type: 'list',
  listType,
  start,
  tag: listType === 'number' ? 'ol' : 'ul',
  children,
  version: 1,
})
const link = (url: string, label: string): Node => ({
  type: 'link',
  fields: { linkType: 'custom', url, newTab: true },
  children: [text(label)],
  version: 3,
})
const doc = (...children: Node[]) => ({ root: { type: 'root', children, direction: 'ltr', version: 1 } })

describe('lexicalToPlainText', () => {
  it('separates paragraphs, headings and quotes with a blank line', () => {
    const state = doc(
      heading('h2', text('Tin nổi bật')),
      paragraph(text('Sáng nay, '), text('Đảng bộ', 1), text(' huyện Phú Riềng khai mạc Đại hội.')),
      quote(text('Đoàn kết – Dân chủ – Kỷ cương')),
    )
    expect(lexicalToPlainText(state)).toBe(
      'Tin nổi bật\n\nSáng nay, Đảng bộ huyện Phú Riềng khai mạc Đại hội.\n\nĐoàn kết – Dân chủ – Kỷ cương',
    )
  })

  it('keeps line breaks inside a paragraph and drops empty paragraphs', () => {
    const state = doc(
      paragraph(text('Dòng một'), { type: 'linebreak', version: 1 }, text('Dòng hai')),
      paragraph(),
      paragraph(text('   ')),
      paragraph(text('Cuối')),
    )
    expect(lexicalToPlainText(state)).toBe('Dòng một\nDòng hai\n\nCuối')
  })

  it('renders bullet and numbered lists, including nested ones', () => {
    const nested = list('bullet', [item(1, text('Chi bộ 1')), item(2, text('Chi bộ 2'))])
    const state = doc(
      paragraph(text('Nội dung:')),
      list('number', [item(1, text('Khai mạc')), item(2, nested), item(2, text('Bế mạc'))]),
      list('bullet', [item(1, text('Ảnh đẹp'))]),
    )
    expect(lexicalToPlainText(state)).toBe(
      'Nội dung:\n\n1. Khai mạc\n    • Chi bộ 1\n    • Chi bộ 2\n2. Bế mạc\n\n• Ảnh đẹp',
    )
  })

  it('honours the start number of an ordered list and indents continuation lines', () => {
    const state = doc(
      list('number', [item(3, text('Ba'), { type: 'linebreak' }, text('tiếp')), item(4, text('Bốn'))], 3),
    )
    expect(lexicalToPlainText(state)).toBe('3. Ba\n   tiếp\n4. Bốn')
  })

  it('appends a link URL only when it differs from the link text', () => {
    const state = doc(
      paragraph(text('Xem '), link('https://phurieng.example.vn/tin/1', 'bài gốc'), text('.')),
      paragraph({ type: 'autolink', fields: { url: 'https://example.vn/' }, children: [text('example.vn')] }),
      paragraph({ type: 'link', url: 'https://lexical.dev', children: [text('https://lexical.dev')] }),
      paragraph({ type: 'link', fields: { linkType: 'internal', doc: { value: 4 } }, children: [text('bài trước')] }),
    )
    expect(lexicalToPlainText(state)).toBe(
      'Xem bài gốc (https://phurieng.example.vn/tin/1).\n\nexample.vn\n\nhttps://lexical.dev\n\nbài trước',
    )
  })

  it('skips uploads and rules, and returns NFC text', () => {
    const decomposed = 'Phu\u0301 Rie\u0302\u0300ng'
    const state = doc({ type: 'upload', relationTo: 'media', value: 1, version: 3 }, paragraph(text(decomposed)), {
      type: 'horizontalrule',
      version: 1,
    })
    const result = lexicalToPlainText(state)
    expect(result).toBe('Phú Riềng')
    expect(result).toBe(result.normalize('NFC'))
  })

  it('renders table cells and stray inline nodes as blocks of their own', () => {
    const cell = (value: string): Node => ({ type: 'tablecell', children: [paragraph(text(value))] })
    const state = doc(
      { type: 'table', children: [{ type: 'tablerow', children: [cell('Xã'), cell('Số hộ')] }] },
      text('Ghi chú '),
      link('https://phurieng.example.vn', 'xem thêm'),
    )
    expect(lexicalToPlainText(state)).toBe('Xã\n\nSố hộ\n\nGhi chú xem thêm (https://phurieng.example.vn)')
  })

  it('keeps only the words of a link a reader could not open (javascript:, data:)', () => {
    const state = doc(
      paragraph(link('javascript:alert(1)', 'bấm vào đây'), text(' và '), link('data:text/html,x', 'đây nữa')),
      paragraph(link('mailto:toasoan@phurieng.vn', 'thư'), text(' '), link('tel:+842713000000', 'gọi')),
    )
    expect(lexicalToPlainText(state)).toBe(
      'bấm vào đây và đây nữa\n\nthư (mailto:toasoan@phurieng.vn) gọi (tel:+842713000000)',
    )
  })

  it('returns an empty string for anything that is not a document', () => {
    expect(lexicalToPlainText(null)).toBe('')
    expect(lexicalToPlainText('text')).toBe('')
    expect(lexicalToPlainText({ root: { type: 'root', children: [] } })).toBe('')
  })
})

describe('buildPostMessage', () => {
  const body = doc(paragraph(text('Đoạn một.')), paragraph(text('Đoạn hai.')))

  it('puts title, body, hashtags and credit in order', () => {
    const message = buildPostMessage({
      title: '  Đại hội   Chi bộ 1 ',
      body,
      hashtags: ['phú riềng', '#XưaVàNay', ' #xưavànay', '', 'Đảng bộ-huyện'],
      credit: 'Ảnh: Nguyễn Văn A',
    })
    expect(message).toBe(
      'Đại hội Chi bộ 1\n\nĐoạn một.\n\nĐoạn hai.\n\n#phúriềng #XưaVàNay #Đảngbộhuyện\nẢnh: Nguyễn Văn A',
    )
  })

  it('omits missing sections without leaving blank runs', () => {
    expect(buildPostMessage({ title: 'Chỉ tiêu đề' })).toBe('Chỉ tiêu đề')
    expect(buildPostMessage({ title: 'T', body: 'Nội dung\r\n\r\n\r\nsau', credit: 'Nguồn: TTXVN' })).toBe(
      'T\n\nNội dung\n\nsau\n\nNguồn: TTXVN',
    )
  })

  it('normalises the whole message to NFC', () => {
    const message = buildPostMessage({ title: 'Tie\u0302\u0301ng', body: 'Vie\u0323\u0302t', credit: 'A\u0309nh: X' })
    expect(message).toBe('Tiếng\n\nViệt\n\nẢnh: X')
  })

  it('ends with the marker so reconciliation can find it', () => {
    const marker = publicationMarker(42)
    const message = buildPostMessage({ title: 'T', body, hashtags: ['a'], marker })
    expect(message.endsWith(`#a\n\n${marker}`)).toBe(true)
    expect(findMarker(message)).toBe('42')
  })
})

describe('normalizeHashtags', () => {
  it('keeps one # and only characters Facebook links', () => {
    expect(normalizeHashtags(['##tin_mới', 'Xưa & nay', '#'])).toEqual(['#tin_mới', '#Xưanay'])
  })
})

describe('publication marker', () => {
  it('is plain ASCII and stable', () => {
    const marker = publicationMarker('6651f0c2a9e4b8a1d2c3e4f5')
    expect(marker).toMatch(/^ref: tsctv-6651f0c2a9e4b8a1d2c3e4f5-[0-9a-z]{4}$/)
    expect(publicationMarker('6651f0c2a9e4b8a1d2c3e4f5')).toBe(marker)
    expect(publicationMarker(7)).not.toBe(publicationMarker(8))
  })

  it('round-trips ids with dashes, such as UUIDs', () => {
    const id = '0b6a2a4e-3f1d-4c55-9a51-2f1c0c6d9e01'
    expect(findMarker(`Bài viết\n\n${publicationMarker(id)}`)).toBe(id)
  })

  it('survives a changed label and surrounding text', () => {
    const code = publicationMarker(15).replace('ref: ', '')
    expect(findMarker(`Mã: ${code}.`)).toBe('15')
  })

  it('rejects mangled codes and text without a marker', () => {
    const marker = publicationMarker(15)
    expect(findMarker(marker.slice(0, -1))).toBeNull()
    expect(findMarker(marker.replace('-15-', '-16-'))).toBeNull()
    expect(findMarker(`x${marker.replace('ref: ', '')}`)).toBeNull()
    expect(findMarker('Không có mã')).toBeNull()
    expect(findMarker(undefined)).toBeNull()
  })

  it('returns the last marker when a post quotes another one', () => {
    expect(findMarker(`${publicationMarker(1)}\n...\n${publicationMarker(2)}`)).toBe('2')
  })

  it('refuses ids that could not be read back', () => {
    expect(() => publicationMarker('a b')).toThrow(RangeError)
    expect(() => publicationMarker('')).toThrow(RangeError)
  })
})
