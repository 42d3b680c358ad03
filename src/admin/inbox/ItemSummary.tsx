'use client'
import { commentPermalink } from '../../inbox/links'
import { formatDateTime, idOf } from '../format'
import { useNewsroomTranslation } from '../i18n'
import type { InboxItem } from './api'
import { InboxStateBadge } from './InboxStateBadge'
import { useInboxLabels } from './labels'
import { SlaCountdown } from './SlaCountdown'
import { OPEN_STATES, isIn } from './states'

interface Props {
  item: InboxItem
  adminRoute: string
  nameOf: (value: unknown) => string | null
}

const storyTitle = (story: unknown) =>
  story && typeof story === 'object' && 'title' in story ? String((story as { title?: unknown }).title ?? '') : ''

/** Who wrote what, when, where, and whose it is to answer. */
export const ItemSummary = ({ item, adminRoute, nameOf }: Props) => {
  const { t } = useNewsroomTranslation()
  const labels = useInboxLabels()
  const storyId = idOf(item.story)
  const facebook =
    item.kind === 'comment'
      ? commentPermalink({ postPermalink: null, postId: item.postId ?? null, commentId: item.externalId })
      : null
  const sender = item.from?.name || t('newsroom:inbox_unknownSender')

  return (
    <>
      <div className="newsroom-inbox__status">
        <InboxStateBadge state={item.state} />
        {isIn(OPEN_STATES, item.state) ? (
          <span className="newsroom-inbox__due">
            {t('newsroom:inbox_due')}: <SlaCountdown dueAt={item.dueAt} state={item.state} />
          </span>
        ) : null}
      </div>
      <dl className="newsroom-inbox__facts">
        <div>
          <dt>{t('newsroom:inbox_sender')}</dt>
          <dd>
            <strong>{sender}</strong> · {labels.kind(item.kind)}
          </dd>
        </div>
        <div>
          <dt>{t('newsroom:inbox_receivedAt')}</dt>
          <dd>{formatDateTime(item.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('newsroom:inbox_assignee')}</dt>
          <dd>
            {idOf(item.assignee) === null
              ? t('newsroom:inbox_nobody')
              : (nameOf(item.assignee) ?? t('newsroom:newsroomStaff'))}
          </dd>
        </div>
        {storyId !== null ? (
          <div>
            <dt>{t('newsroom:inbox_story')}</dt>
            <dd>
              <a href={`${adminRoute}/collections/stories/${storyId}`}>
                {storyTitle(item.story) || t('newsroom:inbox_storyNumber', { id: String(storyId) })}
              </a>
            </dd>
          </div>
        ) : null}
      </dl>
      <figure className="newsroom-inbox__original">
        <figcaption>{t('newsroom:inbox_original')}</figcaption>
        <blockquote>{item.text}</blockquote>
        {facebook ? (
          <a href={facebook} rel="noopener noreferrer" target="_blank">
            {t('newsroom:inbox_onFacebook')} ↗
          </a>
        ) : null}
      </figure>
    </>
  )
}
