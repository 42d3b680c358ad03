import type { AdminViewServerProps } from 'payload'

import { toActor } from '../../auth/actor'
import { hasAnyRole } from '../../workflow/roles'
import { NewsroomViewShell } from '../calendar/NewsroomViewShell'
import { RecognitionScreen } from './RecognitionScreen'
import '../campaigns/Campaigns.scss'

const PATH = '/bieu-duong'

/**
 * `/admin/bieu-duong`: the board's leaderboards of members and party cells for a month or a quarter,
 * "Danh sách biểu dương" as XLSX/PDF, and "Soạn bài biểu dương" (`src/recognition/endpoint.ts`).
 */
export const RecognitionView = (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const allowed = hasAnyRole(toActor(req.user), ['board', 'admin'])
  return (
    <NewsroomViewShell className="newsroom-campaigns" path={PATH} title="Biểu dương" view={props}>
      <h1>Biểu dương đảng viên và chi bộ</h1>
      {allowed ? (
        <RecognitionScreen apiRoute={req.payload.config.routes.api} adminRoute={req.payload.config.routes.admin} />
      ) : (
        <p>Chỉ Ban Biên tập xem được mục này.</p>
      )}
    </NewsroomViewShell>
  )
}
