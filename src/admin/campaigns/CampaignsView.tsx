import type { AdminViewServerProps } from 'payload'

import { toActor } from '../../auth/actor'
import { hasAnyRole } from '../../workflow/roles'
import { NewsroomViewShell } from '../calendar/NewsroomViewShell'
import { CampaignsScreen } from './CampaignsScreen'
import './Campaigns.scss'

const PATH = '/chien-dich'

/**
 * `/admin/chien-dich`: share campaigns for the board and unit leads — launch a draft, participation
 * by unit, who has not acted yet and a reminder, participation by unit month by month. The
 * endpoints check the roles again (`src/campaigns/endpoints.ts`).
 */
export const CampaignsView = (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const allowed = hasAnyRole(toActor(req.user), ['board', 'admin', 'unit_lead'])
  return (
    <NewsroomViewShell className="newsroom-campaigns" path={PATH} title="Chiến dịch chia sẻ" view={props}>
      <h1>Chiến dịch chia sẻ</h1>
      {allowed ? (
        <CampaignsScreen apiRoute={req.payload.config.routes.api} adminRoute={req.payload.config.routes.admin} />
      ) : (
        <p>Chỉ Ban Biên tập và bí thư chi bộ xem được mục này.</p>
      )}
    </NewsroomViewShell>
  )
}
