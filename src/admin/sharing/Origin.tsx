'use client'
import { formatDateTime } from '../format'
import { useNewsroomTranslation } from '../i18n'
import type { ShareOrigin } from './api'
import { SHARE_LABELS as L } from './labels'

/** Where a shared story came from, and who shared it: its credits, as the published text will carry them. */
export const Origin = ({ origin }: { origin: ShareOrigin }) => {
  const { pick } = useNewsroomTranslation()
  return (
    <div className="newsroom-share__origin" data-direction={origin.direction ?? ''}>
      <strong>{pick(origin.direction === 'down' ? L.originDown : L.originUp)}</strong>
      <dl>
        <dt>{pick(L.sourcePage)}</dt>
        <dd>{origin.pageName}</dd>
        {origin.authorName ? (
          <>
            <dt>{pick(L.author)}</dt>
            <dd>{origin.authorName}</dd>
          </>
        ) : null}
        {origin.sharedByName ? (
          <>
            <dt>{pick(L.sharedBy)}</dt>
            <dd>
              {origin.sharedByName}
              {origin.sharedAt ? ` · ${formatDateTime(origin.sharedAt)}` : ''}
            </dd>
          </>
        ) : null}
      </dl>
    </div>
  )
}
