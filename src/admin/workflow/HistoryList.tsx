'use client'
import { HISTORY_EVENT_LABELS, ROLE_LABELS } from '../../workflow/labels'
import type { Id } from '../../workflow/roles'
import { TRANSITIONS, isAction } from '../../workflow/transitions'
import { StageBadge } from '../StageBadge'
import { formatDateTime, idOf } from '../format'
import { useNewsroomTranslation } from '../i18n'
import type { WorkflowState } from './api'
import { useUserNames } from './useUserNames'

type Entry = WorkflowState['history'][number]

/** The workflow's actions and what the system records itself (`auto_publish`), in words. */
const eventLabel = (action: unknown) =>
  typeof action === 'string' && action in HISTORY_EVENT_LABELS
    ? HISTORY_EVENT_LABELS[action as keyof typeof HISTORY_EVENT_LABELS]
    : undefined

/** Actions only the board may take: when the actor's name is hidden from this user, the role still is not. */
const boardOnly = (action: unknown) =>
  isAction(action) &&
  Object.values(TRANSITIONS[action].from).every((parties) => parties?.every((party) => party === 'board'))

/** A share names the other page: where the story went, or where it came from. */
const sharePage = (action: unknown, page: string) => (action === 'shared_in' ? `← ${page}` : `→ ${page}`)

export const HistoryList = ({ apiRoute, history }: { apiRoute: string; history: readonly Entry[] }) => {
  const { t, pick } = useNewsroomTranslation()
  const actors = history.map((entry) => idOf(entry.by)).filter((id): id is Id => id !== null)
  const nameOf = useUserNames(apiRoute, actors)

  const who = (entry: Entry) => {
    const populated =
      entry.by && typeof entry.by === 'object' && 'name' in entry.by ? (entry.by as { name?: unknown }).name : null
    if (typeof populated === 'string' && populated) return populated
    const id = idOf(entry.by)
    const known = id === null ? null : nameOf(id).name
    if (known) return known
    return boardOnly(entry.action) ? pick(ROLE_LABELS.board) : t('newsroom:newsroomStaff')
  }

  // Newest first: the latest note is what the next person needs to read.
  const entries = [...history].reverse()
  return (
    <section className="newsroom-history" aria-label={t('newsroom:history')}>
      <h4 className="newsroom-workflow__heading">{t('newsroom:history')}</h4>
      {entries.length === 0 ? (
        <p className="newsroom-workflow__hint">{t('newsroom:noHistory')}</p>
      ) : (
        <ol className="newsroom-history__list">
          {entries.map((entry, index) => (
            <li className="newsroom-history__entry" key={entry.id ?? `${entry.at}-${index}`} data-action={entry.action}>
              <div className="newsroom-history__head">
                <strong>{pick(eventLabel(entry.action)) || String(entry.action)}</strong>
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </div>
              <div className="newsroom-history__who">{who(entry)}</div>
              {entry.otherPage ? (
                <div className="newsroom-history__page">{sharePage(entry.action, entry.otherPage)}</div>
              ) : null}
              <div className="newsroom-history__move">
                <StageBadge stage={entry.from} size="small" />
                <span aria-hidden="true">→</span>
                <StageBadge stage={entry.to} size="small" />
              </div>
              {entry.note ? <p className="newsroom-history__note">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
