'use client'
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

const COLORS = ['#b3261e', '#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#5d4037', '#c2185b']

export interface MonthPoint {
  month: string
  /** unit name → rate in percent */
  rates: Record<string, number>
}

/** Participation rate (%) by unit, month by month: one line per unit. */
export const ParticipationChart = ({ points }: { points: MonthPoint[] }) => {
  const units = [...new Set(points.flatMap((point) => Object.keys(point.rates)))]
  if (units.length === 0)
    return <p className="newsroom-campaigns__empty">Chưa có chiến dịch nào trong các tháng này.</p>
  const data = points.map((point) => ({ label: `${point.month.slice(5)}/${point.month.slice(0, 4)}`, ...point.rates }))
  return (
    <figure className="newsroom-campaigns__chart">
      <figcaption>Tỉ lệ tham gia theo chi bộ qua các tháng (%)</figcaption>
      <ResponsiveContainer height={260} width="100%">
        <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="var(--theme-elevation-100)" vertical={false} />
          <XAxis dataKey="label" fontSize={11} />
          <YAxis domain={[0, 100]} fontSize={11} width={36} />
          <Tooltip formatter={(value) => `${value}%`} />
          <Legend wrapperStyle={{ fontSize: 11 }} />
          {units.map((unit, index) => (
            <Line
              connectNulls
              dataKey={unit}
              isAnimationActive={false}
              key={unit}
              stroke={COLORS[index % COLORS.length]}
              strokeWidth={2}
              type="monotone"
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </figure>
  )
}
