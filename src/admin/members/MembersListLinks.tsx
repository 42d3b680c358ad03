'use client'
import { Button, useConfig } from '@payloadcms/ui'

import { useNewsroomTranslation } from '../i18n'
import { MEMBER_LABELS as L } from './labels'
import './members.scss'

/** Above the members list: the import screen and the exports in the import's own format. */
export const MembersListLinks = () => {
  const { pick } = useNewsroomTranslation()
  const {
    config: {
      routes: { admin, api },
    },
  } = useConfig()
  return (
    <div className="newsroom-members__links">
      <Button buttonStyle="secondary" el="link" margin={false} size="medium" url={`${admin}/nhap-dang-vien`}>
        {pick(L.openImport)} →
      </Button>
      <a className="btn btn--style-secondary btn--size-medium" download href={`${api}/members/export?format=csv`}>
        {pick(L.exportCsv)}
      </a>
      <a className="btn btn--style-secondary btn--size-medium" download href={`${api}/members/export?format=xlsx`}>
        {pick(L.exportXlsx)}
      </a>
    </div>
  )
}
