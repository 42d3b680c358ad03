import { jsonBody } from '../../endpoints/jsonBody'

import { writeCells } from '../assign'
import { planCopy } from '../copy'
import { parseWeek } from '../input'
import { dutyPeople } from '../people'
import { loadSlots } from '../slots'
import { changedWeek, refuse, rosterEndpoint } from './shared'
import { inRosterTransaction } from './write'

/**
 * `POST /api/shifts/copy-week` `{ page?, from, to }` (any day of each week), the page's board and
 * admins: adds the source week's assignments to the target week of that page, weekday for weekday,
 * in one transaction. Other weeks and pages, and whoever the target week already has, are left alone.
 */
export const copyWeekEndpoint = rosterEndpoint('post', '/copy-week', 'edit', async (req, { page }) => {
  const body = await jsonBody(req)
  const from = parseWeek(body.from)
  const to = parseWeek(body.to)
  if (!from.ok) return refuse(req, from.code, 400)
  if (!to.ok) return refuse(req, to.code, 400)
  if (from.value === to.value) return refuse(req, 'same_week', 400)

  const slots = await loadSlots(req.payload, page)
  const dutyIds = (await dutyPeople(req.payload, page)).map((person) => person.id)
  const result = await inRosterTransaction(req, async (tx) => {
    const weeks = { fromMonday: from.value, toMonday: to.value, dutyIds }
    const plan = await planCopy(req.payload, page, slots, weeks, tx)
    await writeCells(req.payload, page, slots, plan.cells, tx)
    return plan
  })
  return changedWeek(req, page, to.value, 'copied', {
    from: from.value,
    to: to.value,
    cells: result.cells.length,
    added: result.added,
  })
})
