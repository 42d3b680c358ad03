'use client'
import { useCallback, useEffect, useState } from 'react'

import { type MonthPoint, ParticipationChart } from './ParticipationChart'

interface Campaign {
  id: string | number
  title: string
  state: 'draft' | 'launched' | 'ended'
  startsAt: string
  endsAt: string
}
interface UnitRow {
  unit: string
  targeted: number
  acted: number
  rate: number
}
interface Participation {
  units: UnitRow[]
  total: { targeted: number; acted: number; rate: number }
  notActed?: { id: string | number; fullName: string }[]
}

const STATE = { draft: 'Nháp', launched: 'Đã phát động', ended: 'Đã kết thúc' } as const
const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`

const lastMonths = (count: number) => {
  const now = new Date(Date.now() + 7 * 3_600_000)
  return Array.from({ length: count }, (_, index) => {
    const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1 - index), 1))
    return date.toISOString().slice(0, 7)
  })
}

const messageOf = async (response: Response) =>
  ((await response.json().catch(() => null)) as { errors?: { message?: string }[] } | null)?.errors?.[0]?.message ??
  'Thao tác không thành công.'

/** The campaigns screen's client side: lists, figures and actions through the REST API. */
export const CampaignsScreen = ({ apiRoute, adminRoute }: { apiRoute: string; adminRoute: string }) => {
  const [campaigns, setCampaigns] = useState<Campaign[]>([])
  const [unitNames, setUnitNames] = useState<Record<string, string>>({})
  const [selected, setSelected] = useState<string | null>(null)
  const [figures, setFigures] = useState<Participation | null>(null)
  const [months, setMonths] = useState<MonthPoint[]>([])
  const [notice, setNotice] = useState<string | null>(null)

  const loadCampaigns = useCallback(async () => {
    const response = await fetch(`${apiRoute}/campaigns?limit=100&depth=0&sort=-createdAt`, { credentials: 'include' })
    if (!response.ok) return
    const docs = ((await response.json()) as { docs: Campaign[] }).docs
    setCampaigns(docs)
    setSelected((current) => current ?? docs.find((doc) => doc.state !== 'draft')?.id?.toString() ?? null)
  }, [apiRoute])

  useEffect(() => {
    void loadCampaigns()
    void fetch(`${apiRoute}/units?limit=0&depth=0`, { credentials: 'include' })
      .then((response) => (response.ok ? response.json() : { docs: [] }))
      .then((body: { docs: { id: string | number; name: string }[] }) =>
        setUnitNames(Object.fromEntries(body.docs.map((unit) => [String(unit.id), unit.name]))),
      )
  }, [apiRoute, loadCampaigns])

  // Figures follow the selected campaign; an action bumps the version to read them again. Only the
  // answer for the latest selection and version is shown: a launch selects its campaign while an
  // older read may still be on its way.
  const [figuresVersion, setFiguresVersion] = useState(0)
  useEffect(() => {
    if (!selected) return setFigures(null)
    let latest = true
    void fetch(`${apiRoute}/campaigns/${selected}/participation`, { credentials: 'include' })
      .then(async (response) => (response.ok ? ((await response.json()) as Participation) : null))
      .then((participation) => {
        if (latest) setFigures(participation)
      })
    return () => {
      latest = false
    }
  }, [apiRoute, selected, figuresVersion])

  useEffect(() => {
    void Promise.all(
      lastMonths(6).map(async (month) => {
        const response = await fetch(`${apiRoute}/campaigns/participation?month=${month}`, { credentials: 'include' })
        const body = response.ok ? ((await response.json()) as Participation) : { units: [] as UnitRow[] }
        return { month, units: body.units }
      }),
    ).then((rows) =>
      setMonths(
        rows.map(({ month, units }) => ({
          month,
          rates: Object.fromEntries(units.map((row) => [unitNames[row.unit] ?? row.unit, Math.round(row.rate * 100)])),
        })),
      ),
    )
  }, [apiRoute, unitNames, figures])

  const post = async (path: string, done: (body: Record<string, unknown>) => string) => {
    setNotice(null)
    const response = await fetch(`${apiRoute}${path}`, { method: 'POST', credentials: 'include' })
    if (!response.ok) return setNotice(await messageOf(response))
    setNotice(done((await response.json()) as Record<string, unknown>))
    await loadCampaigns()
    setFiguresVersion((version) => version + 1)
  }

  const drafts = campaigns.filter((campaign) => campaign.state === 'draft')
  const launched = campaigns.filter((campaign) => campaign.state !== 'draft')

  return (
    <div className="newsroom-campaigns__screen">
      <p>
        <a href={`${adminRoute}/collections/campaigns/create`}>+ Tạo chiến dịch mới</a>
      </p>
      {notice && (
        <p className="newsroom-campaigns__notice" role="status">
          {notice}
        </p>
      )}
      {drafts.length > 0 && (
        <section>
          <h2>Chiến dịch chưa phát động</h2>
          <ul className="newsroom-campaigns__list">
            {drafts.map((campaign) => (
              <li key={campaign.id}>
                <span>{campaign.title}</span>
                <button
                  type="button"
                  className="btn btn--style-primary btn--size-small"
                  onClick={() =>
                    void post(`/campaigns/${campaign.id}/launch`, (body) => {
                      setSelected(String(campaign.id))
                      return `Đã phát động, đã báo cho ${Number(body.targeted ?? 0)} đảng viên.`
                    })
                  }
                >
                  Phát động
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h2>Kết quả tham gia</h2>
        <label className="newsroom-campaigns__pick">
          Chiến dịch{' '}
          <select value={selected ?? ''} onChange={(event) => setSelected(event.target.value || null)}>
            <option value="">—</option>
            {launched.map((campaign) => (
              <option key={campaign.id} value={String(campaign.id)}>
                {campaign.title} ({STATE[campaign.state]})
              </option>
            ))}
          </select>
        </label>
        {figures && (
          <>
            <div className="newsroom-campaigns__scroll">
              <table className="newsroom-campaigns__table">
                <thead>
                  <tr>
                    <th>Chi bộ</th>
                    <th>Được giao</th>
                    <th>Đã hưởng ứng</th>
                    <th>Tỉ lệ</th>
                  </tr>
                </thead>
                <tbody>
                  {figures.units.map((row) => (
                    <tr key={row.unit} data-unit={unitNames[row.unit] ?? row.unit}>
                      <td>{unitNames[row.unit] ?? row.unit}</td>
                      <td>{row.targeted}</td>
                      <td>{row.acted}</td>
                      <td className="newsroom-campaigns__rate">{percent(row.rate)}</td>
                    </tr>
                  ))}
                </tbody>
                <tfoot>
                  <tr>
                    <td>Tổng</td>
                    <td>{figures.total.targeted}</td>
                    <td>{figures.total.acted}</td>
                    <td>{percent(figures.total.rate)}</td>
                  </tr>
                </tfoot>
              </table>
            </div>
            {figures.notActed && (
              <div className="newsroom-campaigns__missing">
                <h3>Chưa hưởng ứng ({figures.notActed.length})</h3>
                <ul>
                  {figures.notActed.map((member) => (
                    <li key={member.id}>{member.fullName}</li>
                  ))}
                </ul>
                {figures.notActed.length > 0 && (
                  <button
                    type="button"
                    className="btn btn--style-secondary btn--size-small"
                    onClick={() =>
                      void post(
                        `/campaigns/${selected}/remind`,
                        (body) => `Đã nhắc ${Number(body.reminded ?? 0)} đảng viên (mỗi người một lần mỗi ngày).`,
                      )
                    }
                  >
                    Nhắc những người chưa hưởng ứng
                  </button>
                )}
              </div>
            )}
          </>
        )}
      </section>
      <section>
        <ParticipationChart points={months} />
      </section>
    </div>
  )
}
