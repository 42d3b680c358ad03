import { Fragment, type ReactNode } from 'react'

// Renders a Payload Lexical document as plain React elements, so React escapes every piece of text:
// no stored string ever reaches the page as markup.

type LexicalNode = Record<string, unknown>

const FORMAT = { bold: 1, italic: 2, strikethrough: 4, underline: 8, code: 16 } as const
const SAFE_URL = /^(?:https?:\/\/|mailto:|tel:)/i
// Embedded documents, uploads and blocks point at things that are not public.
const SKIPPED = new Set(['upload', 'relationship', 'block', 'inlineBlock', 'horizontalrule'])

const asNode = (value: unknown): LexicalNode | null =>
  typeof value === 'object' && value !== null ? (value as LexicalNode) : null
const childrenOf = (node: LexicalNode): LexicalNode[] =>
  Array.isArray(node.children) ? node.children.map(asNode).filter((child): child is LexicalNode => child !== null) : []
const typeOf = (node: LexicalNode) => (typeof node.type === 'string' ? node.type : '')

const hasText = (node: LexicalNode): boolean =>
  (typeof node.text === 'string' && node.text.trim() !== '') || childrenOf(node).some(hasText)

const linkUrl = (node: LexicalNode): string | null => {
  const fields = asNode(node.fields)
  if (fields?.linkType === 'internal') return null
  const url = fields?.url ?? node.url
  return typeof url === 'string' && SAFE_URL.test(url.trim()) ? url.trim() : null
}

const renderText = (node: LexicalNode, key: number): ReactNode => {
  const format = typeof node.format === 'number' ? node.format : 0
  let element: ReactNode = String(node.text).normalize('NFC')
  if (format & FORMAT.code) element = <code>{element}</code>
  if (format & FORMAT.strikethrough) element = <s>{element}</s>
  if (format & FORMAT.underline) element = <u>{element}</u>
  if (format & FORMAT.italic) element = <em>{element}</em>
  if (format & FORMAT.bold) element = <strong>{element}</strong>
  return <Fragment key={key}>{element}</Fragment>
}

const renderInline = (nodes: LexicalNode[]): ReactNode[] =>
  nodes.map((node, key) => {
    const type = typeOf(node)
    if (type === 'linebreak') return <br key={key} />
    if (type === 'tab') return '\t'
    if (typeof node.text === 'string') return renderText(node, key)
    if (SKIPPED.has(type)) return null
    if (type === 'link' || type === 'autolink') {
      const url = linkUrl(node)
      const inner = renderInline(childrenOf(node))
      if (!url) return <Fragment key={key}>{inner}</Fragment>
      const newTab = asNode(node.fields)?.newTab === true
      return (
        <a key={key} href={url} rel="noopener nofollow" target={newTab ? '_blank' : undefined}>
          {inner}
        </a>
      )
    }
    return <Fragment key={key}>{renderInline(childrenOf(node))}</Fragment>
  })

const renderList = (list: LexicalNode, key: number): ReactNode => {
  const numbered = list.listType === 'number' || list.tag === 'ol'
  const items = childrenOf(list).map((item, index) => {
    const nested = childrenOf(item).filter((child) => typeOf(child) === 'list')
    const inline = childrenOf(item).filter((child) => typeOf(child) !== 'list')
    return (
      <li key={index}>
        {renderInline(inline)}
        {nested.map(renderList)}
      </li>
    )
  })
  if (!numbered) return <ul key={key}>{items}</ul>
  const start = typeof list.start === 'number' && list.start !== 1 ? list.start : undefined
  return (
    <ol key={key} start={start}>
      {items}
    </ol>
  )
}

const HEADINGS = ['h3', 'h3', 'h4', 'h5', 'h6', 'h6'] as const

const renderBlock = (node: LexicalNode, key: number): ReactNode => {
  const type = typeOf(node)
  if (SKIPPED.has(type) || !hasText(node)) return null
  switch (type) {
    case 'paragraph':
      return <p key={key}>{renderInline(childrenOf(node))}</p>
    case 'heading': {
      // The post's title is the card's heading, so the body's headings sit below it.
      const level = /^h([1-6])$/.exec(String(node.tag))?.[1]
      const Tag = HEADINGS[Number(level ?? 2) - 1]!
      return <Tag key={key}>{renderInline(childrenOf(node))}</Tag>
    }
    case 'quote':
      return <blockquote key={key}>{renderInline(childrenOf(node))}</blockquote>
    case 'list':
      return renderList(node, key)
    case 'code':
      return <pre key={key}>{renderInline(childrenOf(node))}</pre>
    default:
      return null
  }
}

const BLOCKS = new Set(['paragraph', 'heading', 'quote', 'list', 'code', ...SKIPPED])
const INLINE_ELEMENTS = new Set(['link', 'autolink', 'mark', 'hashtag'])

// Tables and other wrappers hold blocks of their own; stray inline nodes at the top still form a paragraph.
const renderBlocks = (nodes: LexicalNode[]): ReactNode[] => {
  const out: ReactNode[] = []
  let run: LexicalNode[] = []
  const flush = () => {
    if (run.some(hasText)) out.push(<p key={out.length}>{renderInline(run)}</p>)
    run = []
  }
  for (const node of nodes) {
    const type = typeOf(node)
    if (BLOCKS.has(type)) {
      flush()
      out.push(renderBlock(node, out.length))
    } else if (!INLINE_ELEMENTS.has(type) && typeof node.text !== 'string' && childrenOf(node).length > 0) {
      flush()
      out.push(<div key={out.length}>{renderBlocks(childrenOf(node))}</div>)
    } else {
      run.push(node)
    }
  }
  flush()
  return out
}

const rootOf = (state: unknown): LexicalNode | null => {
  const node = asNode(state)
  if (!node) return null
  return asNode(node.root) ?? (typeOf(node) === 'root' ? node : null)
}

export const LexicalBody = ({ state }: { state: unknown }) => {
  const root = rootOf(state)
  return root ? <>{renderBlocks(childrenOf(root))}</> : null
}
