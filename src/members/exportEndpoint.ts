import type { Endpoint, Where } from 'payload'

import { relationId } from '../auth/actor'
import { membersCsv, type MemberFileRow, membersXlsx } from './import/files'
import { memberScopeOf } from './import/scope'
import { refuse } from './messages'

type Row = { id: string | number; [field: string]: unknown }
const text = (value: unknown) => (typeof value === 'string' ? value : '')

/**
 * `GET /api/members/export?format=csv|xlsx`: the page's members in the import's own columns — a unit
 * lead's cell only. Read with the user's own access, so phones and emails are there only for those
 * who may read them; every cell is neutralised against spreadsheet formulas.
 */
export const membersExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    const scope = await memberScopeOf(req)
    if (!scope) return refuse(req, 'not_permitted', req.user ? 403 : 401)
    const format = req.query?.format ?? 'csv'
    if (format !== 'csv' && format !== 'xlsx') return refuse(req, 'bad_format', 400)
    const cell: Where[] = scope.onlyUnit != null ? [{ unit: { equals: scope.onlyUnit } }] : []
    const asUser = { depth: 0, limit: 0, pagination: false, overrideAccess: false, user: req.user, req } as const
    const [members, accounts, units] = await Promise.all([
      req.payload.find({
        collection: 'members',
        where: { and: [{ page: { equals: scope.page } }, ...cell] },
        sort: 'fullName',
        select: { fullName: true, unit: true, position: true, phone: true, email: true },
        ...asUser,
      }),
      req.payload.find({
        collection: 'social-accounts',
        where: {
          and: [
            { page: { equals: scope.page } },
            { platform: { in: ['facebook', 'zalo'] } },
            ...(scope.onlyUnit != null ? [{ 'member.unit': { equals: scope.onlyUnit } }] : []),
          ],
        },
        sort: 'createdAt',
        select: { member: true, platform: true, url: true },
        ...asUser,
      }),
      req.payload.find({ collection: 'units', select: { name: true }, ...asUser }),
    ])
    const unitNames = new Map(units.docs.map((unit) => [String(unit.id), text(unit.name)]))
    const profiles = new Map<string, { facebook?: string; zalo?: string }>()
    for (const account of accounts.docs as unknown as Row[]) {
      const member = String(relationId(account.member as never))
      const held = profiles.get(member) ?? {}
      const platform = account.platform as 'facebook' | 'zalo'
      held[platform] ??= text(account.url)
      profiles.set(member, held)
    }
    const rows = (members.docs as unknown as Row[]).map((member): MemberFileRow => ({
      fullName: text(member.fullName),
      unit: unitNames.get(String(relationId(member.unit as never))) ?? '',
      position: text(member.position),
      phone: text(member.phone),
      email: text(member.email),
      facebook: profiles.get(String(member.id))?.facebook ?? '',
      zalo: profiles.get(String(member.id))?.zalo ?? '',
    }))
    const name = `dang-vien-${new Date().toISOString().slice(0, 10)}.${format}`
    const headers = { 'Cache-Control': 'no-store', 'Content-Disposition': `attachment; filename="${name}"` }
    return format === 'csv'
      ? new Response(membersCsv(rows), { headers: { ...headers, 'Content-Type': 'text/csv; charset=utf-8' } })
      : new Response(new Uint8Array(await membersXlsx(rows)), {
          headers: {
            ...headers,
            'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          },
        })
  },
}
