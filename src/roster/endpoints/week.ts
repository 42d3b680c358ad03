import type { Endpoint } from 'payload'

import { sameId } from '../../workflow/roles'
import { writeCells } from '../assign'
import { parseWeek, parseWeekAssignments } from '../input'
import { rosterMessage } from '../messages'
import { dutyPeople } from '../people'
import { loadSlots } from '../slots'
import { loadWeek } from '../weekData'
import { actorFor, jsonBody, refuse } from './shared'
import { inRosterTransaction, storedIds } from './write'

/** `GET /api/shifts/week?tuan=YYYY-MM-DD`: the week holding that day, every cell and its gaps. */
export const readWeekEndpoint: Endpoint = {
  path: '/week',
  method: 'get',
  handler: async (req) => {
    const actor = actorFor(req, 'read')
    if (actor instanceof Response) return actor
    const week = parseWeek(req.searchParams.get('tuan') ?? req.searchParams.get('week'))
    if (!week.ok) return refuse(req, week.code, 400)
    return Response.json(await loadWeek(req.payload, week.value))
  },
}

/**
 * `POST /api/shifts/week` `{ week, assignments: [{ day, slot, members }] }`, board and admins: sets
 * the members of the listed cells of one week, all or nothing. Cells not listed keep their members;
 * `members: []` empties a cell.
 */
export const writeWeekEndpoint: Endpoint = {
  path: '/week',
  method: 'post',
  handler: async (req) => {
    const actor = actorFor(req, 'edit')
    if (actor instanceof Response) return actor
    const slots = await loadSlots(req.payload)
    const parsed = parseWeekAssignments(await jsonBody(req), slots)
    if (!parsed.ok) return refuse(req, parsed.code, 400, parsed.detail)
    const team = await dutyPeople(req.payload)
    const cells = parsed.value.cells.map((cell) => ({ ...cell, members: storedIds(cell.members, team) }))
    const strangers = cells
      .flatMap((cell) => cell.members)
      .filter((id) => !team.some((person) => sameId(person.id, id)))
    if (strangers.length > 0) return refuse(req, 'not_duty_member', 400)

    const changed = await inRosterTransaction(req.payload, (tx) => writeCells(req.payload, slots, cells, tx))
    return Response.json({
      changed,
      week: await loadWeek(req.payload, parsed.value.monday),
      message: rosterMessage('saved', req.i18n?.language),
    })
  },
}
