'use client'
import { formatDateTime } from '../format'
import { useNewsroomTranslation } from '../i18n'
import type { InboxReply } from './api'
// The workflow history's timeline look, so both histories read alike.
import '../WorkflowPanel.scss'

export const ReplyHistory = ({
  replies,
  nameOf,
}: {
  replies: readonly InboxReply[]
  nameOf: (value: unknown) => string | null
}) => {
  const { t } = useNewsroomTranslation()
  return (
    <section aria-label={t('newsroom:inbox_replies')} className="newsroom-inbox__replies">
      <h4 className="newsroom-inbox__heading">{t('newsroom:inbox_replies')}</h4>
      {replies.length === 0 ? (
        <p className="newsroom-inbox__hint">{t('newsroom:inbox_noReplies')}</p>
      ) : (
        <ol className="newsroom-history__list">
          {replies.map((reply, index) => (
            <li className="newsroom-history__entry newsroom-inbox__reply" key={reply.id ?? `${reply.at}-${index}`}>
              <div className="newsroom-history__head">
                <span className="newsroom-history__who">
                  {t('newsroom:inbox_by', { name: nameOf(reply.by) ?? t('newsroom:newsroomStaff') })}
                </span>
                <time dateTime={reply.at}>{formatDateTime(reply.at)}</time>
              </div>
              <p className="newsroom-history__note">{reply.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
