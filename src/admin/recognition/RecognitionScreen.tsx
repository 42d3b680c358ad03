'use client'
import { useEffect, useState } from 'react'
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'

interface Row {
  rank: number
  score: number
  entry: { name: string; unitName?: string; members?: number }
}
interface Board {
  members: Row[]
  units: Row[]
}

const thisMonth = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7)

const RankTable = ({ title, rows, unitColumn }: { title: string; rows: Row[]; unitColumn: boolean }) => (
  <section>
    <h2>{title}</h2>
    {rows.length === 0 ? (
      <p>Chưa có đóng góp trong kỳ.</p>
    ) : (
      <table className="newsroom-campaigns__table">
        <thead>
          <tr>
            <th>Hạng</th>
            <th>{unitColumn ? 'Họ và tên' : 'Chi bộ'}</th>
            {unitColumn && <th>Chi bộ</th>}
            <th>Điểm</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.rank}-${row.entry.name}`}>
              <td>{row.rank}</td>
              <td>{row.entry.name}</td>
              {unitColumn && <td>{row.entry.unitName}</td>}
              <td>{row.score}</td>
            </tr>
          ))}
        </tbody>
      </table>
    )}
  </section>
)

/** The leaderboards for a period, the commendation list's files, the draft recognition post. */
export const RecognitionScreen = ({ apiRoute, adminRoute }: { apiRoute: string; adminRoute: string }) => {
  const [period, setPeriod] = useState(thisMonth())
  const [board, setBoard] = useState<Board | null>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const query = `period=${encodeURIComponent(period)}`

  useEffect(() => {
    void fetch(`${apiRoute}/recognition/leaderboard?${query}`, { credentials: 'include' }).then(async (response) => {
      if (response.ok) return setBoard((await response.json()) as Board)
      const body = (await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null
      setBoard(null)
      setNotice(body?.errors?.[0]?.message ?? 'Không tải được bảng xếp hạng.')
    })
  }, [apiRoute, query])

  const draft = async () => {
    const response = await fetch(`${apiRoute}/recognition/draft-story?${query}`, {
      method: 'POST',
      credentials: 'include',
    })
    if (!response.ok) return setNotice('Chưa soạn được bài biểu dương.')
    const { id } = (await response.json()) as { id: string | number }
    window.location.assign(`${adminRoute}/collections/stories/${id}`)
  }

  return (
    <div className="newsroom-campaigns__screen">
      <label className="newsroom-campaigns__pick">
        Kỳ (tháng YYYY-MM hoặc quý YYYY-Qn){' '}
        <input value={period} onChange={(event) => (setNotice(null), setPeriod(event.target.value.trim()))} />
      </label>
      {notice && (
        <p className="newsroom-campaigns__notice" role="status">
          {notice}
        </p>
      )}
      <p>
        <a href={`${apiRoute}/recognition/commendation?${query}&format=xlsx`}>Tải danh sách biểu dương (XLSX)</a>
        {' · '}
        <a href={`${apiRoute}/recognition/commendation?${query}&format=pdf`}>Tải PDF</a>
        {' · '}
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void draft()}>
          Soạn bài biểu dương
        </button>
      </p>
      {board && (
        <>
          <figure className="newsroom-campaigns__chart">
            <figcaption>Đảng viên đóng góp nhiều nhất (điểm)</figcaption>
            <ResponsiveContainer height={260} width="100%">
              <BarChart data={board.members.slice(0, 10).map((row) => ({ name: row.entry.name, score: row.score }))}>
                <CartesianGrid stroke="var(--theme-elevation-100)" vertical={false} />
                <XAxis dataKey="name" fontSize={10} interval={0} angle={-30} textAnchor="end" height={70} />
                <YAxis fontSize={11} width={36} />
                <Tooltip />
                <Bar dataKey="score" fill="#b3261e" isAnimationActive={false} name="Điểm" />
              </BarChart>
            </ResponsiveContainer>
          </figure>
          <RankTable title="Đảng viên tiêu biểu" rows={board.members} unitColumn />
          <RankTable title="Chi bộ tiêu biểu" rows={board.units} unitColumn={false} />
        </>
      )}
    </div>
  )
}
