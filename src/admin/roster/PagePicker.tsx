import type { Id } from '../../workflow/roles'

export interface PickablePage {
  id: Id
  name: string
}

/**
 * The pages whose roster the user may see, as links (server-rendered, no script needed); shown only
 * to people of several pages. The current one is marked for screen readers too.
 */
export const PagePicker = ({
  pages,
  current,
  hrefOf,
  label,
}: {
  pages: readonly PickablePage[]
  current: Id
  hrefOf: (page: Id) => string
  label: string
}) =>
  pages.length < 2 ? null : (
    <nav aria-label={label} className="newsroom-roster__pages" data-testid="roster-pages">
      <span className="newsroom-roster__pages-label">{label}:</span>
      {pages.map((page) => {
        const here = String(page.id) === String(current)
        return (
          <a
            aria-current={here ? 'page' : undefined}
            className={`newsroom-roster__page${here ? ' newsroom-roster__page--current' : ''}`}
            href={hrefOf(page.id)}
            key={String(page.id)}
          >
            {page.name}
          </a>
        )
      })}
    </nav>
  )
