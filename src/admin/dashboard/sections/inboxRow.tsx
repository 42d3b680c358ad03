import { vnDateTime } from '../../../time/vietnam'
import { Clock } from '../Clock'
import { type InboxRow, nameOf } from '../data/rows'
import type { AdminLinks } from '../links'
import { Row } from '../Panel'
import type { ServerTranslation } from '../serverI18n'

const EXCERPT = 110

/** The comment or message itself, cut to a line: it is what the reader recognises. */
const inboxTitle = (item: InboxRow, tr: ServerTranslation) => {
  const text = (item.text ?? '').replace(/\s+/g, ' ').trim()
  if (!text) return tr.t('newsroom:inboxNoText')
  return text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text
}

const InboxMeta = ({
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

/** An inbox item in a dashboard list: what was written, by whom and when, and its deadline or escalation. */
export const InboxItemRow = ({
  item,
  tr,
  links,
  showAssignee = false,
}: {
  item: InboxRow
  tr: ServerTranslation
  links: AdminLinks
  showAssignee?: boolean
}) => (
  <Row
    href={links.doc('inbox', item.id)}
    meta={<InboxMeta item={item} showAssignee={showAssignee} tr={tr} />}
    side={
      item.state === 'escalated' ? (
        <span className="newsroom-flag newsroom-flag--danger">{tr.t('newsroom:escalated')}</span>
      ) : item.dueAt ? (
        <Clock at={item.dueAt} kind="due" />
      ) : null
    }
    title={inboxTitle(item, tr)}
  />
)
