'use client'
import { type ReactNode, useMemo, useState } from 'react'

import { useNewsroomTranslation } from '../i18n'

export interface TableColumn<Row> {
  key: string
  label: string
  /** The value sorted by; a column without one is not sortable. */
  sortValue?: (row: Row) => number | string | null
  render: (row: Row) => ReactNode
  numeric?: boolean
}

/**
 * A table sortable by any column with a `sortValue` (click the head: biggest first, again: smallest
 * first). On a phone it scrolls sideways inside its own box; the page itself never does.
 */
export const SortableTable = <Row,>({
  columns,
  rows,
  rowKey,
  initialSort,
  empty,
  label,
}: {
  columns: TableColumn<Row>[]
  rows: readonly Row[]
  rowKey: (row: Row) => string
  initialSort: string
  empty: string
  label: string
}) => {
  const { t } = useNewsroomTranslation()
  const [sort, setSort] = useState({ key: initialSort, descending: true })
  const sorted = useMemo(() => {
    const column = columns.find((candidate) => candidate.key === sort.key)
    if (!column?.sortValue) return rows
    const value = column.sortValue
    return [...rows].sort((a, b) => {
      const left = value(a) ?? -Infinity
      const right = value(b) ?? -Infinity
      const order =
        typeof left === 'string' && typeof right === 'string'
          ? left.localeCompare(right, 'vi')
          : Number(left) - Number(right)
      return sort.descending ? -order : order
    })
  }, [columns, rows, sort])

  if (rows.length === 0) return <p className="newsroom-insights__empty">{empty}</p>
  return (
    <div className="newsroom-insights__table-box" role="region" aria-label={label} tabIndex={0}>
      <table className="newsroom-insights__table">
        <thead>
          <tr>
            {columns.map((column) => (
              <th
                aria-sort={sort.key === column.key ? (sort.descending ? 'descending' : 'ascending') : undefined}
                className={column.numeric ? 'newsroom-insights__num' : undefined}
                key={column.key}
                scope="col"
              >
                {column.sortValue ? (
                  <button
                    className="newsroom-insights__sort"
                    onClick={() =>
                      setSort((current) => ({
                        key: column.key,
                        descending: current.key === column.key ? !current.descending : true,
                      }))
                    }
                    title={t('newsroom:insightsSortBy', { column: column.label })}
                    type="button"
                  >
                    {column.label}
                    {sort.key === column.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                  </button>
                ) : (
                  column.label
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((column) => (
                <td className={column.numeric ? 'newsroom-insights__num' : undefined} key={column.key}>
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
