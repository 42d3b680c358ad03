import { vnDateTime } from '../../../time/vietnam'
import { type InboxRow, nameOf } from '../data/rows'
import type { ServerTranslation } from '../serverI18n'

const EXCERPT = 110

/** The comment or message itself, cut to a line: it is what the reader recognises. */
export const inboxTitle = (item: InboxRow, tr: ServerTranslation) => {
  const text = (item.text ?? '').replace(/\s+/g, ' ').trim()
  if (!text) return tr.t('newsroom:inboxNoText')
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text
}

export const InboxMeta = ({
  item,
  tr,
  showAssignee = false,
}: {
  item: InboxRow
  tr: ServerTranslation
  showAssignee?: boolean
}) => (
  <>
    <span>{item.kind === 'message' ? tr.t('newsroom:inboxMessage') : tr.t('newsroom:inboxComment')}</span>
    {item.from?.name ? <span>{item.from.name}</span> : null}
    {item.receivedAt ? <span>{tr.t('newsroom:receivedAtLabel', { at: vnDateTime(item.receivedAt) })}</span> : null}
    {showAssignee ? <span>{nameOf(item.assignee) ?? tr.t('newsroom:unassigned')}</span> : null}
  </>
)
