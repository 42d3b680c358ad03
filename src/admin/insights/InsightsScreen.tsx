'use client'
import { useRouter } from 'next/navigation'
import { useCallback, useState } from 'react'

import type { Group } from '../../insights/figures/breakdowns'
import type { Overview } from '../../insights/figures/overview'
import type { PostFigures } from '../../insights/figures/postFigures'
import { type InsightsQuery, querySearch } from '../../insights/figures/query'
import type { RebuttalFigures } from '../../insights/figures/rebuttals'
import { FORMAT_LABELS } from '../../workflow/labels'
import { formatDateTime } from '../format'
import { type NewsroomKey, useNewsroomTranslation } from '../i18n'
import { apiGet, pathId } from '../request'
import { useServerValue } from '../useServerValue'
import { FollowersChart, GroupChart } from './InsightsCharts'
import { type FilterOptions, InsightsToolbar } from './InsightsToolbar'
import { formatNumber } from './numbers'
import { ReportsPanel } from './ReportsPanel'
import { SortableTable, type TableColumn } from './SortableTable'

/** The board's insights: period and filters, headline figures, charts, the sortable tables, reports. */
export const InsightsScreen = ({
  apiRoute,
  adminRoute,
  initial,
  path,
}: {
  apiRoute: string
  adminRoute: string
  initial: InsightsQuery
  path: string
}) => {
  const { t, pick, language } = useNewsroomTranslation()
  const router = useRouter()
  const [query, setQuery] = useState(initial)
  const search = querySearch(query)
  const options = useServerValue(
    (signal) => apiGet<FilterOptions>(`${apiRoute}/insights/filters`, { signal, language }),
    'filters',
  )
  const overview = useServerValue(
    (signal) => apiGet<Overview>(`${apiRoute}/insights/overview${search}`, { signal, language }),
    search,
  )
  const change = useCallback(
    (next: Partial<InsightsQuery>) => {
      const merged = { ...query, ...next }
      setQuery(merged)
      // The address keeps the period and filters: a link shows the same figures.
      router.replace(`${adminRoute}${path}${querySearch(merged)}`, { scroll: false })
    },
    [query, router, adminRoute, path],
  )

  const minutes = (value: number | null) => {
    if (value === null) return '—'
    const hours = Math.floor(value / 60)
    return hours > 0
      ? t('newsroom:insightsHours', { hours, minutes: String(value % 60).padStart(2, '0') })
      : t('newsroom:insightsMinutes', { count: value })
  }
  const figure = (key: string, label: NewsroomKey, value: (row: PostFigures) => number): TableColumn<PostFigures> => ({
    key,
    label: t(label),
    numeric: true,
    sortValue: value,
    render: (row) => formatNumber(value(row)),
  })
  const postColumns: TableColumn<PostFigures>[] = [
    {
      key: 'title',
      label: t('newsroom:insightsColTitle'),
      sortValue: (row) => row.title,
      render: (row) => <a href={`${adminRoute}/collections/stories/${pathId(row.storyId)}`}>{row.title}</a>,
    },
    {
      key: 'area',
      label: t('newsroom:insightsColArea'),
      sortValue: (row) => row.areaName ?? '',
      render: (row) => row.areaName ?? '—',
    },
    {
      key: 'format',
      label: t('newsroom:insightsColFormat'),
      sortValue: (row) => row.format,
      render: (row) => pick(FORMAT_LABELS[row.format]),
    },
    {
      key: 'author',
      label: t('newsroom:insightsColAuthor'),
      sortValue: (row) => row.authorName ?? '',
      render: (row) => row.authorName ?? '—',
    },
    {
      key: 'unit',
      label: t('newsroom:insightsColUnit'),
      sortValue: (row) => row.unitName ?? '',
      render: (row) => row.unitName ?? '—',
    },
    {
      key: 'published',
      label: t('newsroom:insightsColPublished'),
      sortValue: (row) => row.publishedAt,
      render: (row) => formatDateTime(row.publishedAt),
    },
    figure('reach', 'newsroom:insightsColReach', (row) => row.reach),
    figure('views', 'newsroom:insightsColViews', (row) => row.views),
    figure('engagement', 'newsroom:insightsColEngagement', (row) => row.engagement),
    figure('reactions', 'newsroom:insightsColReactions', (row) => row.reactions),
    figure('comments', 'newsroom:insightsColComments', (row) => row.comments),
    figure('shares', 'newsroom:insightsColShares', (row) => row.shares),
  ]
  const groupColumns: TableColumn<Group>[] = [
    { key: 'label', label: t('newsroom:insightsColName'), sortValue: (row) => row.label, render: (row) => row.label },
    {
      key: 'posts',
      label: t('newsroom:insightsColPosts'),
      numeric: true,
      sortValue: (row) => row.posts,
      render: (row) => formatNumber(row.posts),
    },
    {
      key: 'reach',
      label: t('newsroom:insightsColReach'),
      numeric: true,
      sortValue: (row) => row.reach,
      render: (row) => formatNumber(row.reach),
    },
    {
      key: 'median',
      label: t('newsroom:insightsColMedian'),
      numeric: true,
      sortValue: (row) => row.medianReach,
      render: (row) => formatNumber(row.medianReach),
    },
    {
      key: 'engagement',
      label: t('newsroom:insightsColEngagement'),
      numeric: true,
      sortValue: (row) => row.engagement,
      render: (row) => formatNumber(row.engagement),
    },
  ]
  const rebuttalColumns: TableColumn<RebuttalFigures>[] = [
    {
      key: 'title',
      label: t('newsroom:insightsColTitle'),
      sortValue: (row) => row.title,
      render: (row) => <a href={`${adminRoute}/collections/stories/${pathId(row.storyId)}`}>{row.title}</a>,
    },
    {
      key: 'claim',
      label: t('newsroom:insightsColClaimAt'),
      sortValue: (row) => row.claimAt,
      render: (row) => formatDateTime(row.claimAt) || '—',
    },
    {
      key: 'published',
      label: t('newsroom:insightsColPublished'),
      sortValue: (row) => row.publishedAt,
      render: (row) => formatDateTime(row.publishedAt),
    },
    {
      key: 'time',
      label: t('newsroom:insightsColTimeToPublish'),
      numeric: true,
      sortValue: (row) => row.minutesToPublish,
      render: (row) => minutes(row.minutesToPublish),
    },
    {
      key: 'reach',
      label: t('newsroom:insightsColReach'),
      numeric: true,
      sortValue: (row) => row.reach,
      render: (row) => formatNumber(row.reach),
    },
    {
      key: 'vsArea',
      label: t('newsroom:insightsColVsArea'),
      numeric: true,
      sortValue: (row) => row.reachVsArea,
      render: (row) =>
        row.reachVsArea === null
          ? '—'
          : `${row.reachVsArea.toLocaleString('vi-VN')}× (${formatNumber(row.areaMedianReach)})`,
    },
  ]

  const data = overview.value
  const kpis: [NewsroomKey, number | null][] = data
    ? [
        ['newsroom:insightsPosts', data.totals.posts],
        ['newsroom:insightsReach', data.totals.reach],
        ['newsroom:insightsMedianReach', data.totals.medianReach],
        ['newsroom:insightsEngagement', data.totals.engagement],
        ['newsroom:insightsFollowersGained', data.page.followersGained],
        ['newsroom:insightsFollowers', data.page.followersAtEnd],
      ]
    : []
  const noData = t('newsroom:insightsNoData')
  const reachOf = (groups: Group[]) => groups.map((group) => ({ label: group.label, value: group.reach }))
  const averageOf = (groups: Group[]) => groups.map((group) => ({ label: group.label, value: group.averageReach }))

  return (
    <div className="newsroom-insights__screen" data-loaded={data ? search || 'yes' : undefined}>
      <InsightsToolbar onChange={change} options={options.value} query={query} />
      {overview.failed ? <p className="newsroom-insights__error">{t('newsroom:insightsLoadFailed')}</p> : null}
      {!data ? (
        <p className="newsroom-insights__empty">{t('newsroom:loading')}</p>
      ) : (
        <>
          <dl className="newsroom-insights__kpis">
            {kpis.map(([label, value]) => (
              <div className="newsroom-insights__kpi" key={label}>
                <dt>{t(label)}</dt>
                <dd>{formatNumber(value)}</dd>
              </div>
            ))}
          </dl>
          <div className="newsroom-insights__charts">
            <FollowersChart days={data.page.days} empty={noData} title={t('newsroom:insightsChartFollowers')} />
            <GroupChart
              empty={noData}
              groups={reachOf(data.byArea)}
              horizontal
              title={t('newsroom:insightsChartByArea')}
              value={t('newsroom:insightsReach')}
            />
            <GroupChart
              empty={noData}
              groups={reachOf(data.byFormat)}
              horizontal
              title={t('newsroom:insightsChartByFormat')}
              value={t('newsroom:insightsReach')}
            />
            <GroupChart
              empty={noData}
              groups={averageOf(data.byHour)}
              title={t('newsroom:insightsChartByHour')}
              value={t('newsroom:insightsReach')}
            />
            <GroupChart
              empty={noData}
              groups={averageOf(data.byWeekday)}
              title={t('newsroom:insightsChartByWeekday')}
              value={t('newsroom:insightsReach')}
            />
          </div>
          <h2>{t('newsroom:insightsPostsTable')}</h2>
          <SortableTable
            columns={postColumns}
            empty={t('newsroom:insightsNoPosts')}
            initialSort="reach"
            label={t('newsroom:insightsPostsTable')}
            rowKey={(row) => String(row.storyId)}
            rows={data.posts}
          />
          <div className="newsroom-insights__pair">
            <section>
              <h2>{t('newsroom:insightsByAuthor')}</h2>
              <SortableTable
                columns={groupColumns}
                empty={t('newsroom:insightsNoPosts')}
                initialSort="reach"
                label={t('newsroom:insightsByAuthor')}
                rowKey={(row) => row.key}
                rows={data.byAuthor}
              />
            </section>
            <section>
              <h2>{t('newsroom:insightsByUnit')}</h2>
              <SortableTable
                columns={groupColumns}
                empty={t('newsroom:insightsNoPosts')}
                initialSort="reach"
                label={t('newsroom:insightsByUnit')}
                rowKey={(row) => row.key}
                rows={data.byUnit}
              />
            </section>
          </div>
          <h2>{t('newsroom:insightsRebuttals')}</h2>
          <SortableTable
            columns={rebuttalColumns}
            empty={t('newsroom:insightsNoPosts')}
            initialSort="published"
            label={t('newsroom:insightsRebuttals')}
            rowKey={(row) => String(row.storyId)}
            rows={data.rebuttals}
          />
        </>
      )}
      <ReportsPanel apiRoute={apiRoute} from={query.from} page={query.page} to={query.to} />
    </div>
  )
}
