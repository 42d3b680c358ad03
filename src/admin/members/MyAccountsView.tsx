import type { AdminViewServerProps } from 'payload'

import { NewsroomViewShell } from '../calendar/NewsroomViewShell'
import { MyAccounts } from './MyAccounts'

/** `/admin/tai-khoan-cua-toi`: a signed-in member's own social accounts. */
export const MyAccountsView = (view: AdminViewServerProps) => (
  <NewsroomViewShell className="newsroom-members-view" path="/tai-khoan-cua-toi" title="Tài khoản của tôi" view={view}>
    <MyAccounts />
  </NewsroomViewShell>
)
