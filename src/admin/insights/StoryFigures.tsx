'use client'
import { Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import type { StorySeries } from '../../insights/figures/storySeries'
import { useNewsroomTranslation } from '../i18n'
import { apiRequest, pathId } from '../request'
import { useServerValue } from '../useServerValue'
import { compactNumber, formatNumber } from './numbers'

/**
 * A published story's figures in its workflow panel: reach, views and engagement now, and the reach
 * day by day in a small chart. Shown to whoever may see them (board, author, the area's editors); for
 * anyone else the server refuses and nothing is drawn.
 */
export const StoryFigures = ({ apiRoute, id }: { apiRoute: string; id: string | number }) => {
  const { t, language } = useNewsroomTranslation()
  const { value } = useServerValue(async (signal) => {
    const answer = await apiRequest<StorySeries>(`${apiRoute}/insights/story/${pathId(id)}`, { signal, language })
    return answer.ok ? answer.body : null
  }, String(id))
  if (!value) return null
  const points = value.days.map((day) => ({
    label: `${day.day.slice(8, 10)}/${day.day.slice(5, 7)}`,
    reach: day.reach,
  }))
  const figures: [string, number][] = [
    [t('newsroom:insightsColReach'), value.figures.reach],
    [t('newsroom:insightsColViews'), value.figures.views],
    [t('newsroom:insightsColEngagement'), value.figures.engagement],
  ]
  return (
    <section aria-label={t('newsroom:storyFigures')} className="newsroom-story-figures">
      <div className="newsroom-workflow__heading">{t('newsroom:storyFigures')}</div>
      {points.length === 0 ? (
        <p className="newsroom-workflow__hint">{t('newsroom:storyFiguresNone')}</p>
      ) : (
        <>
          <dl className="newsroom-story-figures__list">
            {figures.map(([label, amount]) => (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{formatNumber(amount)}</dd>
              </div>
            ))}
          </dl>
          <ResponsiveContainer height={110} width="100%">
            <LineChart data={points} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
              <XAxis dataKey="label" fontSize={10} minTickGap={12} />
              <YAxis fontSize={10} tickFormatter={compactNumber} width={36} />
              <Tooltip formatter={(amount) => formatNumber(Number(amount))} />
              <Line
                dataKey="reach"
                dot={false}
                isAnimationActive={false}
                name={t('newsroom:insightsColReach')}
                stroke="#b3261e"
                strokeWidth={2}
              />
            </LineChart>
          </ResponsiveContainer>
        </>
      )}
    </section>
  )
}
