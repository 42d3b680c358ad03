'use client'
import { Bar, BarChart, CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

import { compactNumber, formatNumber } from './numbers'

const ACCENT = '#b3261e'
const tooltipValue = (value: unknown) => formatNumber(Number(value))

/** A titled chart box; `empty` shows instead of an axis with nothing on it. */
const ChartBox = ({
  title,
  empty,
  children,
}: {
  title: string
  empty: string | null
  children: React.ReactElement
}) => (
  <figure className="newsroom-insights__chart">
    <figcaption>{title}</figcaption>
    {empty ? (
      <p className="newsroom-insights__empty">{empty}</p>
    ) : (
      <ResponsiveContainer height={220} width="100%">
        {children}
      </ResponsiveContainer>
    )}
  </figure>
)

/** Followers day by day (a line): the page's growth, not only its last count. */
export const FollowersChart = ({
  title,
  empty,
  days,
}: {
  title: string
  empty: string
  days: { day: string; followers: number | null }[]
}) => {
  const points = days
    .filter((day) => day.followers !== null)
    .map((day) => ({ label: `${day.day.slice(8, 10)}/${day.day.slice(5, 7)}`, value: day.followers }))
  return (
    <ChartBox empty={points.length === 0 ? empty : null} title={title}>
      <LineChart data={points} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--theme-elevation-100)" vertical={false} />
        <XAxis dataKey="label" fontSize={11} minTickGap={16} />
        <YAxis domain={['auto', 'auto']} fontSize={11} tickFormatter={compactNumber} width={48} />
        <Tooltip formatter={tooltipValue} />
        <Line
          dataKey="value"
          dot={false}
          isAnimationActive={false}
          name={title}
          stroke={ACCENT}
          strokeWidth={2}
          type="monotone"
        />
      </LineChart>
    </ChartBox>
  )
}

/** Groups side by side (areas, formats: labels down the side; hours, weekdays: along the bottom). */
export const GroupChart = ({
  title,
  empty,
  groups,
  value,
  horizontal = false,
}: {
  title: string
  empty: string
  groups: { label: string; value: number }[]
  value: string
  horizontal?: boolean
}) => (
  <ChartBox empty={groups.every((group) => group.value === 0) ? empty : null} title={title}>
    {horizontal ? (
      <BarChart data={groups} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid horizontal={false} stroke="var(--theme-elevation-100)" />
        <XAxis fontSize={11} tickFormatter={compactNumber} type="number" />
        <YAxis dataKey="label" fontSize={11} type="category" width={110} />
        <Tooltip formatter={tooltipValue} />
        <Bar dataKey="value" fill={ACCENT} isAnimationActive={false} name={value} />
      </BarChart>
    ) : (
      <BarChart data={groups} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--theme-elevation-100)" vertical={false} />
        <XAxis dataKey="label" fontSize={11} interval="preserveStartEnd" />
        <YAxis fontSize={11} tickFormatter={compactNumber} width={44} />
        <Tooltip formatter={tooltipValue} />
        <Bar dataKey="value" fill={ACCENT} isAnimationActive={false} name={value} />
      </BarChart>
    )}
  </ChartBox>
)
