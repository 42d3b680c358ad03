import type { Id } from '../../workflow/roles'
import type { RosterWeek } from '../../roster/weekData'
import { apiRequest } from '../request'

export const saveCell = (
  apiRoute: string,
  input: { page: Id; monday: string; day: string; slot: string; members: Id[] },
  language: string,
) =>
  apiRequest<{ week: RosterWeek; message: string }>(`${apiRoute}/shifts/week`, {
    method: 'POST',
    language,
    body: {
      page: input.page,
      week: input.monday,
      assignments: [{ day: input.day, slot: input.slot, members: input.members }],
    },
  })

export const copyWeek = (apiRoute: string, page: Id, from: string, to: string, language: string) =>
  apiRequest<{ added: number; cells: number; to: string }>(`${apiRoute}/shifts/copy-week`, {
    method: 'POST',
    language,
    body: { page, from, to },
  })
