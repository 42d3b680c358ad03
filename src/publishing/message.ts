// Turns stories into the plain-text message of a Facebook post. Pure: no Payload, no I/O, so the
// admin preview, the publisher and the tests all produce exactly the same text.

interface LexicalNode {
  type?: unknown
  children?: unknown
  text?: unknown
  [key: string]: unknown
}

const BLOCK_TYPES = new Set([
  'paragraph',
  'heading',
  'quote',
  'list',
  'code',
  'horizontalrule',
  'upload',
  'relationship',
  'block',
])

const INLINE_ELEMENT_TYPES = new Set(['link', 'autolink', 'mark', 'hashtag'])

// Nodes that carry no readable text of their own (images, embedded documents, rules).
const SILENT_BLOCK_TYPES = new Set(['horizontalrule', 'upload', 'relationship', 'block'])

const BULLET = '• '
const NESTED_INDENT = '    '

function asNode(value: unknown): LexicalNode | null {
  return typeof value === 'object' && value !== null ? (value as LexicalNode) : null
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  if (!Array.isArray(node.children)) return []
  return node.children.map(asNode).filter((child): child is LexicalNode => child !== null)
}

function typeOf(node: LexicalNode): string {
  return typeof node.type === 'string' ? node.type : ''
}

function rootOf(editorState: unknown): LexicalNode | null {
  const state = asNode(editorState)
  if (!state) return null
  const root = asNode(state.root)
  if (root) return root
  return typeOf(state) === 'root' ? state : null
}

// Addresses a reader can open; anything else (javascript:, data:) is dropped, keeping the link's text.
const OPENABLE_URL = /^(?:https?:\/\/|mailto:|tel:)/i

function linkUrl(node: LexicalNode): string {
  const fields = asNode(node.fields)
  // Internal links point at a document, not a URL a Facebook reader could open.
  if (fields?.linkType === 'internal') return ''
  const url = fields?.url ?? node.url
  return typeof url === 'string' && OPENABLE_URL.test(url.trim()) ? url.trim() : ''
}

// Text and URL name the same place when they differ only by scheme, "www." or a trailing slash,
// which is how autolinks and pasted links usually look.
function sameTarget(text: string, url: string): boolean {
  const canonical = (value: string) =>
    value
      .trim()
      .toLowerCase()
      .replace(/^(?:[a-z][a-z0-9+.-]*:\/\/|mailto:|tel:)/, '')
      .replace(/^www\./, '')
      .replace(/\/+$/, '')
  return canonical(text) === canonical(url)
}

function renderInline(nodes: LexicalNode[]): string {
  return nodes.map(renderInlineNode).join('')
}

function renderInlineNode(node: LexicalNode): string {
  const type = typeOf(node)
  if (type === 'linebreak') return '\n'
  if (type === 'tab') return '\t'
  if (type === 'link' || type === 'autolink') {
    const text = renderInline(childrenOf(node))
    const url = linkUrl(node)
    if (!url || sameTarget(text, url)) return text
    return text.trim() ? `${text} (${url})` : url
  }
  if (typeof node.text === 'string') return node.text
  return renderInline(childrenOf(node))
}

function tidyBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .trim()
}

function renderList(list: LexicalNode, depth: number): string[] {
  const numbered = list.listType === 'number'
  let counter = typeof list.start === 'number' && Number.isFinite(list.start) ? list.start : 1
  const indent = NESTED_INDENT.repeat(depth)
  const lines: string[] = []

  for (const item of childrenOf(list)) {
    const inlineNodes = childrenOf(item).filter((child) => typeOf(child) !== 'list')
    const nestedLists = childrenOf(item).filter((child) => typeOf(child) === 'list')
    const text = tidyBlock(renderInline(inlineNodes))

    // Lexical wraps a nested list in an item of its own; that wrapper takes no number.
    if (text || nestedLists.length === 0) {
      const marker = numbered ? `${counter}. ` : BULLET
      counter += 1
      const continuation = indent + ' '.repeat(marker.length)
      lines.push(indent + marker + text.split('\n').join('\n' + continuation))
    }
    for (const nested of nestedLists) {
      lines.push(...renderList(nested, depth + 1))
    }
  }
  return lines
}

function renderBlock(node: LexicalNode): string {
  const type = typeOf(node)
  if (SILENT_BLOCK_TYPES.has(type)) return ''
  if (type === 'list') return renderList(node, 0).join('\n')
  return tidyBlock(renderInline(childrenOf(node)))
}

function isBlock(node: LexicalNode): boolean {
  return BLOCK_TYPES.has(typeOf(node))
}

// Other elements with children (tables, rows, cells, custom wrappers) hold blocks of their own.
function isContainer(node: LexicalNode): boolean {
  return !INLINE_ELEMENT_TYPES.has(typeOf(node)) && typeof node.text !== 'string' && childrenOf(node).length > 0
}

// Runs of inline nodes outside any paragraph (malformed or hand-written documents) still form a block.
function renderBlocks(nodes: LexicalNode[]): string[] {
  const blocks: string[] = []
  let inlineRun: LexicalNode[] = []
  const flush = () => {
    if (inlineRun.length > 0) blocks.push(tidyBlock(renderInline(inlineRun)))
    inlineRun = []
  }
  for (const node of nodes) {
    if (isBlock(node)) {
      flush()
      blocks.push(renderBlock(node))
    } else if (isContainer(node)) {
      flush()
      blocks.push(...renderBlocks(childrenOf(node)))
    } else {
      inlineRun.push(node)
    }
  }
  flush()
  return blocks.filter((block) => block.length > 0)
}

/** Plain text of a Payload Lexical document: blocks separated by a blank line, lists as "• " / "1. " lines. */
export function lexicalToPlainText(editorState: unknown): string {
  const root = rootOf(editorState)
  if (!root) return ''
  return renderBlocks(childrenOf(root))
    .join('\n\n')
    .replace(/\n{3,}/g, '\n\n')
    .normalize('NFC')
}

// Facebook ends a hashtag at the first character that is not a letter, digit or underscore,
// so "#Phú Riềng" or "#xưa-nay" would only link the first word; such characters are dropped.
export function normalizeHashtag(tag: string): string {
  const word = tag.normalize('NFC').replace(/[^\p{L}\p{M}\p{N}_]/gu, '')
  return word ? `#${word}` : ''
}

export function normalizeHashtags(tags: readonly string[]): string[] {
  const seen = new Set<string>()
  const result: string[] = []
  for (const tag of tags) {
    const normalized = normalizeHashtag(tag)
    const key = normalized.toLocaleLowerCase('vi')
    if (!normalized || seen.has(key)) continue
    seen.add(key)
    result.push(normalized)
  }
  return result
}

export interface PostMessageInput {
  title: string
  /** A Lexical editor state, or text that is already plain. */
  body?: unknown
  hashtags?: readonly string[] | null
  /** Credit line exactly as it should read, e.g. "Ảnh: Nguyễn Văn A". */
  credit?: string | null
  /** A line from publicationMarker(); placed last so reconciliation can find it. */
  marker?: string | null
}

function bodyText(body: unknown): string {
  if (typeof body === 'string') return tidyBlock(body.replace(/\r\n?/g, '\n')).replace(/\n{3,}/g, '\n\n')
  return lexicalToPlainText(body)
}

/** A post's text in its parts, normalised: the Facebook message and the local feed both show exactly these. */
export interface PostSections {
  title: string
  body: string
  hashtags: string[]
  credit: string
}

export function postSections(input: Omit<PostMessageInput, 'marker'>): PostSections {
  return {
    title: input.title.replace(/\s+/g, ' ').trim().normalize('NFC'),
    body: bodyText(input.body).normalize('NFC'),
    hashtags: normalizeHashtags(input.hashtags ?? []),
    credit: (input.credit?.trim() ?? '').normalize('NFC'),
  }
}

/** The message of a post from its parts: title, body, then hashtags and credit, then the optional marker. */
export function postMessage(post: PostSections, marker?: string | null): string {
  const footer = [post.hashtags.join(' '), post.credit].filter(Boolean).join('\n')
  return [post.title, post.body, footer, marker?.trim() ?? '']
    .filter((section) => section.length > 0)
    .join('\n\n')
    .normalize('NFC')
}

/** The message of a Facebook post: title, body, hashtags and credit, then the optional marker. */
export function buildPostMessage(input: PostMessageInput): string {
  return postMessage(postSections(input), input.marker)
}

// Publication marker.
//
// The Graph API has no idempotency key, so after an outcome-unknown write the publisher reads the
// page's recent posts and looks for this marker to learn whether the post went out. The marker is a
// short, visible ASCII line (e.g. "ref: tsctv-42-k3q9") at the very end of the message because:
// - Facebook keeps plain ASCII verbatim, while invisible tricks (zero-width characters, odd Unicode
//   spaces) may be stripped or normalised and then silently stop matching;
// - the end of the message is the part editors are least likely to retouch, and readers skip it;
// - the checksum rejects truncated or hand-mangled codes and ordinary text that merely looks alike.
// Matching ignores the "ref:" label, so only the code itself has to survive.

export const MARKER_PREFIX = 'tsctv'
const MARKER_ID = /^[A-Za-z0-9_-]{1,64}$/
const MARKER_TOKEN = new RegExp(`(?<![A-Za-z0-9_-])${MARKER_PREFIX}-([A-Za-z0-9_-]+)`, 'g')

function markerChecksum(id: string): string {
  // FNV-1a (32 bit): tiny, dependency-free and identical in Node and the browser.
  let hash = 0x811c9dc5
  for (const char of `${MARKER_PREFIX}:${id}`) {
    hash ^= char.codePointAt(0) ?? 0
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return (hash % 36 ** 4).toString(36).padStart(4, '0')
}

/** The marker line for a publication; ids are Payload ids (numbers, ObjectIds, UUIDs). */
export function publicationMarker(publicationId: string | number): string {
  const id = String(publicationId)
  if (!MARKER_ID.test(id)) {
    throw new RangeError(`Publication id "${id}" cannot be used in a marker (letters, digits, "_" and "-" only)`)
  }
  return `ref: ${MARKER_PREFIX}-${id}-${markerChecksum(id)}`
}

/** The publication id of the last valid marker in the text, or null when there is none. */
export function findMarker(text: string | null | undefined): string | null {
  if (!text) return null
  let found: string | null = null
  for (const match of text.normalize('NFC').matchAll(MARKER_TOKEN)) {
    const code = match[1] ?? ''
    const split = code.lastIndexOf('-')
    if (split <= 0) continue
    const id = code.slice(0, split)
    if (MARKER_ID.test(id) && code.slice(split + 1) === markerChecksum(id)) found = id
  }
  return found
}
