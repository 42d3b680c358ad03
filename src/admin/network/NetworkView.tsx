import type { AdminViewServerProps } from 'payload'

import { networkPagesOf } from '../../../access/canReadNetwork'
import { languageOf } from '../../i18n/language'
import { networkFigures } from '../../network/figures'
import { periodFrom } from '../../network/period'
import { localDay } from '../../time/vietnam'
import { NewsroomViewShell } from '../calendar/NewsroomViewShell'
import { NETWORK_LABELS, type NetworkLabel } from './labels'
import { PageCard } from './PageCard'
import { NETWORK_PATH } from './path'
import './Network.scss'

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * `/admin/network` "Mạng lưới trang": every page the user may follow (the district board: its page and
 * the grassroots pages under it; admins: all), side by side, from the same figures as
 * `GET /api/network/figures`. Pages in trouble are flagged first in each card.
 */
export const NetworkView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const language = languageOf(req.i18n.language)
  const say = (label: NetworkLabel) => NETWORK_LABELS[label][language]
  const pages = req.user ? await networkPagesOf(req.payload, req.user) : null

  const body = async () => {
    if (!pages) return <p className="network__denied">{say('denied')}</p>
    const now = new Date()
    const asked = { from: first(props.searchParams?.from), to: first(props.searchParams?.to) }
    const askedPeriod = asked.from || asked.to ? periodFrom(asked, now) : null
    const period = askedPeriod ?? periodFrom({}, now)!
    const figures = await networkFigures(req.payload, { pages, from: period.from, to: period.to, now })
    return (
      <>
        <form className="network__period" method="get">
          <span className="network__period-label">{say('period')}</span>
          <label>
            {say('from')} <input name="from" type="date" defaultValue={period.fromDay} />
          </label>
          <label>
            {say('to')} <input name="to" type="date" defaultValue={period.toDay} />
          </label>
          <button className="btn btn--style-secondary btn--size-small" type="submit">
            {say('show')}
          </button>
        </form>
        {(asked.from || asked.to) && !askedPeriod ? <p className="network__warning">{say('badPeriod')}</p> : null}
        {figures.length === 0 ? <p className="network__denied">{say('noPages')}</p> : null}
        <div className="network__pages">
          {figures.map((page) => (
            <PageCard figures={page} key={String(page.page.id)} language={language} today={localDay(now)} />
          ))}
        </div>
      </>
    )
  }

  return (
    <NewsroomViewShell className="network" path={NETWORK_PATH} title={say('title')} view={props}>
      <header className="network__header">
        <h1>{say('title')}</h1>
        {pages ? <p className="network__intro">{say('intro')}</p> : null}
      </header>
      {await body()}
    </NewsroomViewShell>
  )
}
