import Link from 'next/link'
import type { ReactNode } from 'react'

/** One dashboard section: a title with its count, an optional "see all" link, and its rows. */
export const Panel = ({
  id,
  title,
  count,
  tone = 'normal',
  more,
  empty,
  children,
}: {
  id: string
  title: string
  count?: number
  tone?: 'normal' | 'danger' | 'urgent'
  more?: { href: string; label: string }
  empty?: string
  children?: ReactNode
}) => (
  <section aria-label={title} className={`newsroom-panel newsroom-panel--${tone}`} data-section={id}>
    <header className="newsroom-panel__head">
      <h2 className="newsroom-panel__title">
        {title}
        {count !== undefined ? <span className="newsroom-panel__count">{count}</span> : null}
      </h2>
      {more ? (
        <Link className="newsroom-panel__more" href={more.href} prefetch={false}>
          {more.label} →
        </Link>
      ) : null}
    </header>
    {children ?? (empty ? <p className="newsroom-panel__empty">{empty}</p> : null)}
  </section>
)

/** A row: what it is (linked) with details underneath, and its state or clock on the right. */
export const Row = ({
  href,
  title,
  meta,
  side,
  attributes,
}: {
  href: string
  title: ReactNode
  meta?: ReactNode
  side?: ReactNode
  attributes?: Record<string, string>
}) => (
  <li className="newsroom-row" {...attributes}>
    <div className="newsroom-row__main">
      <Link className="newsroom-row__title" href={href} prefetch={false}>
        {title}
      </Link>
      {meta ? <div className="newsroom-row__meta">{meta}</div> : null}
    </div>
    {side ? <div className="newsroom-row__side">{side}</div> : null}
  </li>
)

export const Rows = ({ children }: { children: ReactNode }) => <ul className="newsroom-rows">{children}</ul>

/** What a section shows when its data could not be read. */
export const FailedPanel = ({ id, title, message }: { id: string; title: string; message: string }) => (
  <Panel empty={message} id={id} title={title} tone="danger" />
)
