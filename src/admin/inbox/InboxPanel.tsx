'use client'
import { toast, useAuth, useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

import { toActor } from '../../auth/actor'
import { actorInPage } from '../../fanpages/membership'
import { type Actor, hasAnyRole, hasRole, sameId } from '../../workflow/roles'
import { idOf } from '../format'
import { useNewsroomTranslation } from '../i18n'
import { type InboxAction, type InboxItem, postAction } from './api'
import { ItemActions } from './ItemActions'
import { ItemSummary } from './ItemSummary'
import { usePeople } from './people'
import { ReplyBox } from './ReplyBox'
import { ReplyHistory } from './ReplyHistory'
import { CLOSABLE, ESCALATABLE, REPLYABLE, isIn } from './states'
import { useInboxItem } from './useInboxItem'
import './InboxPanel.scss'

type Action = Exclude<InboxAction, 'reply'>

/**
 * The endpoints' own rule (src/inbox/endpoints/shared.ts), to offer only what will be accepted: the
 * user's roles in the item's page.
 */
const mayHandle = (user: Actor | null, item: InboxItem) => {
  const actor = user ? actorInPage(user, idOf(item.page)) : null
  return hasAnyRole(actor, ['board', 'admin']) || (hasRole(actor, 'duty') && sameId(idOf(item.assignee), actor?.id))
}

const actionsFor = (item: InboxItem): Action[] => [
  ...(isIn(CLOSABLE, item.state) ? (['close'] as const) : []),
  ...(isIn(ESCALATABLE, item.state) ? (['escalate'] as const) : []),
  ...(idOf(item.rebuttal) === null ? (['mark-false'] as const) : []),
]

/**
 * The inbox item's edit view, in place of its raw text field: what was said and by whom, the answers
 * so far, and the actions. Everything goes through the inbox endpoints, never through the form.
 */
export const InboxPanel = () => {
  const { t, language } = useNewsroomTranslation()
  const router = useRouter()
  const { user } = useAuth()
  const { id } = useDocumentInfo()
  const {
    config: {
      routes: { admin: adminRoute, api: apiRoute },
    },
  } = useConfig()
  const { item, failed, reload } = useInboxItem(apiRoute, id, language)
  const nameOf = usePeople(apiRoute, item ? [item.assignee, ...(item.replies ?? []).map((reply) => reply.by)] : [])
  const [pending, setPending] = useState(false)

  if (id == null) return null
  if (!item) {
    return (
      <div className="field-type newsroom-inbox">
        <p className={failed ? 'newsroom-workflow__error' : 'newsroom-inbox__hint'} role={failed ? 'alert' : undefined}>
          {failed ? t('newsroom:loadFailed') : t('newsroom:loading')}
        </p>
      </div>
    )
  }

  const allowed = mayHandle(toActor(user), item)
  const rebuttal = idOf(item.rebuttal)

  // The form around the panel shows the same item: refreshing the server page keeps it in step.
  const settle = (message: string | null) => {
    if (message) toast.success(message)
    reload()
    router.refresh()
  }

  const reply = async (text: string): Promise<string | null> => {
    setPending(true)
    try {
      const answer = await postAction(apiRoute, item.id, 'reply', language, { text })
      if (!answer.ok) {
        reload()
        return answer.message ?? t('newsroom:networkError')
      }
      settle(answer.message)
      return null
    } catch {
      return t('newsroom:networkError')
    } finally {
      setPending(false)
    }
  }

  const act = async (action: Action) => {
    setPending(true)
    try {
      const answer = await postAction(apiRoute, item.id, action, language)
      if (!answer.ok) {
        toast.error(answer.message ?? t('newsroom:networkError'))
        reload()
        return
      }
      if (action === 'mark-false' && answer.story) {
        toast.success(answer.message ?? '')
        router.push(`${adminRoute}/collections/stories/${answer.story.id}`)
        return
      }
      settle(answer.message)
    } catch {
      toast.error(t('newsroom:networkError'))
    } finally {
      setPending(false)
    }
  }

  return (
    <section aria-label={t('newsroom:inbox_panel')} className="field-type newsroom-inbox" data-state={item.state}>
      <ItemSummary adminRoute={adminRoute} item={item} nameOf={nameOf} />
      <ReplyHistory nameOf={nameOf} replies={item.replies ?? []} />
      {!allowed ? (
        <p className="newsroom-inbox__hint">{t('newsroom:inbox_notYours')}</p>
      ) : (
        <>
          {isIn(REPLYABLE, item.state) ? <ReplyBox disabled={pending} kind={item.kind} onSend={reply} /> : null}
          {item.state === 'closed' ? <p className="newsroom-inbox__hint">{t('newsroom:inbox_done')}</p> : null}
          <ItemActions actions={actionsFor(item)} disabled={pending} itemId={item.id} onAct={act} />
        </>
      )}
      {rebuttal !== null ? (
        <p>
          <a className="newsroom-inbox__rebuttal" href={`${adminRoute}/collections/stories/${rebuttal}`}>
            {t('newsroom:inbox_openRebuttal')} →
          </a>
        </p>
      ) : null}
    </section>
  )
}
