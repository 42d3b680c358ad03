'use client'
import { Button } from '@payloadcms/ui'

import type { InsightsQuery } from '../../insights/figures/query'
import { FORMAT_LABELS } from '../../workflow/labels'
import { useNewsroomTranslation } from '../i18n'

export interface FilterOptions {
  pages: { id: string; name: string }[]
  areas: { id: string; name: string }[]
  units: { id: string; name: string }[]
  authors: { id: string; name: string }[]
}

const pad = (value: number) => String(value).padStart(2, '0')
const dayOf = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

/** Quick periods, on the reader's calendar (the newsroom's, in practice). */
const presets = (today = new Date()) => {
  const firstThis = new Date(today.getFullYear(), today.getMonth(), 1)
  const lastPrevious = new Date(today.getFullYear(), today.getMonth(), 0)
  const firstPrevious = new Date(today.getFullYear(), today.getMonth() - 1, 1)
  const ninetyAgo = new Date(today.getFullYear(), today.getMonth(), today.getDate() - 89)
  return {
    thisMonth: { from: dayOf(firstThis), to: dayOf(today) },
    lastMonth: { from: dayOf(firstPrevious), to: dayOf(lastPrevious) },
    last90: { from: dayOf(ninetyAgo), to: dayOf(today) },
  }
}

/** The period (two dates and three quick periods) and the filters by area, format, unit and collaborator. */
export const InsightsToolbar = ({
  query,
  options,
  onChange,
}: {
  query: InsightsQuery
  options: FilterOptions | null
  onChange: (next: Partial<InsightsQuery>) => void
}) => {
  const { t, pick } = useNewsroomTranslation()
  const quick = presets()
  const select = (
    name: 'page' | 'area' | 'format' | 'unit' | 'author',
    label: string,
    all: string,
    choices: { id: string; name: string }[],
  ) => (
    <label className="newsroom-insights__field">
      <span>{label}</span>
      <select
        name={name}
        onChange={(event) => onChange({ [name]: event.target.value || null })}
        value={query[name] ?? ''}
      >
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name}
          </option>
        ))}
      </select>
    </label>
  )

  return (
    <div className="newsroom-insights__toolbar">
      <div className="newsroom-insights__period">
        <label className="newsroom-insights__field">
          <span>{t('newsroom:insightsFrom')}</span>
          <input
            max={query.to}
            name="from"
            onChange={(event) => event.target.value && onChange({ from: event.target.value })}
            type="date"
            value={query.from}
          />
        </label>
        <label className="newsroom-insights__field">
          <span>{t('newsroom:insightsTo')}</span>
          <input
            min={query.from}
            name="to"
            onChange={(event) => event.target.value && onChange({ to: event.target.value })}
            type="date"
            value={query.to}
          />
        </label>
        <div className="newsroom-insights__presets">
          {(
            [
              ['thisMonth', 'newsroom:insightsThisMonth'],
              ['lastMonth', 'newsroom:insightsLastMonth'],
              ['last90', 'newsroom:insightsLast90'],
            ] as const
          ).map(([key, label]) => {
            const active = query.from === quick[key].from && query.to === quick[key].to
            return (
              <Button
                buttonStyle={active ? 'primary' : 'secondary'}
                key={key}
                margin={false}
                onClick={() => onChange(quick[key])}
                size="small"
              >
                {t(label)}
              </Button>
            )
          })}
        </div>
      </div>
      <div aria-label={t('newsroom:insightsFilters')} className="newsroom-insights__filters" role="group">
        {(options?.pages.length ?? 0) > 1
          ? select('page', t('newsroom:insightsPage'), t('newsroom:insightsAllPages'), options!.pages)
          : null}
        {select('area', t('newsroom:insightsColArea'), t('newsroom:insightsAllAreas'), options?.areas ?? [])}
        {select(
          'format',
          t('newsroom:insightsColFormat'),
          t('newsroom:insightsAllFormats'),
          Object.entries(FORMAT_LABELS).map(([id, label]) => ({ id, name: pick(label) })),
        )}
        {select('unit', t('newsroom:insightsColUnit'), t('newsroom:insightsAllUnits'), options?.units ?? [])}
        {select('author', t('newsroom:insightsColAuthor'), t('newsroom:insightsAllAuthors'), options?.authors ?? [])}
      </div>
    </div>
  )
}
