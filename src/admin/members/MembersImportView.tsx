import type { AdminViewServerProps } from 'payload'

import { NewsroomViewShell } from '../calendar/NewsroomViewShell'
import { MembersImport } from './MembersImport'

/** `/admin/nhap-dang-vien`: the import screen (the endpoints decide who may import). */
export const MembersImportView = (view: AdminViewServerProps) => (
  <NewsroomViewShell
    className="newsroom-members-view"
    path="/nhap-dang-vien"
    title="Nhập danh sách đảng viên"
    view={view}
  >
    <MembersImport />
  </NewsroomViewShell>
)
