import type { AdminViewServerProps } from 'payload'

import { languageOf } from '../../i18n/language'
import { NewsroomViewShell } from '../calendar/NewsroomViewShell'
import { QUEUE_LABELS } from './labels'
import { ModerationQueue } from './ModerationQueue'
import { MODERATION_PATH } from './path'
import { moderatedContests, queueEntries } from './queue'
import './Moderation.scss'

/**
 * `/admin/duyet-bai-du-thi` "Duyệt bài dự thi": the contests of the pages the user moderates (board,
 * editors, admins), and the chosen contest's entries to approve or reject.
 */
export const ModerationView = async (props: AdminViewServerProps) => {
  const { req } = props.initPageResult
  const language = languageOf(req.i18n.language)
  const contests = req.user ? await moderatedContests(req) : []
  const asked = props.searchParams?.['cuoc-thi']
  const chosen = contests.find((contest) => contest.id === asked) ?? contests[0]
  const entries = chosen ? await queueEntries(req.payload, chosen, language) : []
  return (
    <NewsroomViewShell
      className="moderation-view"
      path={MODERATION_PATH}
      title={QUEUE_LABELS.title[language]}
      view={props}
    >
      <h1>{QUEUE_LABELS.title[language]}</h1>
      {contests.length === 0 ? (
        <p>{QUEUE_LABELS.noContests[language]}</p>
      ) : (
        <>
          <nav className="moderation-view__contests" aria-label={QUEUE_LABELS.contest[language]}>
            {contests.map((contest) => (
              <a
                aria-current={contest.id === chosen?.id ? 'page' : undefined}
                href={`${req.payload.config.routes.admin}${MODERATION_PATH}?cuoc-thi=${encodeURIComponent(contest.id)}`}
                key={contest.id}
              >
                {contest.title} ({contest.waiting} {QUEUE_LABELS.waiting[language]})
              </a>
            ))}
          </nav>
          <ModerationQueue entries={entries} key={chosen?.id} language={language} />
        </>
      )}
    </NewsroomViewShell>
  )
}
