import { jsonBody } from '../../endpoints/jsonBody'
import { sameId } from '../../workflow/roles'
import { writeCells } from '../assign'
import { parseWeek, parseWeekAssignments } from '../input'
import { dutyPeople } from '../people'
import { loadSlots } from '../slots'
import { loadWeek } from '../weekData'
import { changedWeek, refuse, rosterEndpoint } from './shared'
import { inRosterTransaction, storedIds } from './write'

/**
 * `GET /api/shifts/week?tuan=YYYY-MM-DD&page=<id>`: the page's week holding that day, every cell and
 * its gaps (without `page`, the user's first page where they are on duty or on the board).
 */
export const readWeekEndpoint = rosterEndpoint('get', '/week', 'read', async (req, { page }) => {
  const week = parseWeek(req.searchParams.get('tuan') ?? req.searchParams.get('week'))
  if (!week.ok) return refuse(req, week.code, 400)
  return Response.json(await loadWeek(req.payload, page, week.value))
})

/**
 * `POST /api/shifts/week` `{ page?, week, assignments: [{ day, slot, members }] }`, the page's board
 * and admins: sets the members of the listed cells of one week of that page, all or nothing. Cells
 * not listed keep their members; `members: []` empties a cell. Members must hold the duty role in
 * that page.
 */
export const writeWeekEndpoint = rosterEndpoint('post', '/week', 'edit', async (req, { page }) => {
  const slots = await loadSlots(req.payload, page)
  const parsed = parseWeekAssignments(await jsonBody(req), slots)
  if (!parsed.ok) return refuse(req, parsed.code, 400, parsed.detail)
  const team = await dutyPeople(req.payload, page)
  const cells = parsed.value.cells.map((cell) => ({ ...cell, members: storedIds(cell.members, team) }))
  const strangers = cells.flatMap((cell) => cell.members).filter((id) => !team.some((person) => sameId(person.id, id)))
  if (strangers.length > 0) return refuse(req, 'not_duty_member', 400)

  const changed = await inRosterTransaction(req, (tx) => writeCells(req.payload, page, slots, cells, tx))
  return changedWeek(req, page, parsed.value.monday, 'saved', { changed })
})
