import type { Endpoint } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { homePage, pagesWhereRole, isOperator } from '../fanpages/membership'
import { type Bilingual, messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'
import { sameId } from '../workflow/roles'
import { leaderboard } from './leaderboard'
import { periodDays } from './scoring'

const MESSAGES = {
  not_permitted: {
    vi: 'Chỉ Ban Biên tập và quản trị viên xem được bảng biểu dương.',
    en: 'Only the board and admins see the recognition leaderboards.',
  },
  bad_period: {
    vi: 'Kỳ không hợp lệ: dùng YYYY-MM (tháng) hoặc YYYY-Qn (quý).',
    en: 'Invalid period: YYYY-MM or YYYY-Qn.',
  },
} satisfies Record<string, Bilingual>

const refuse = refusalsFrom(messageLookup<keyof typeof MESSAGES>(MESSAGES))

/**
 * `GET /api/recognition/leaderboard?period=2026-11|2026-Q4[&page=<id>]`: the page's leaderboards of
 * members and units with each one's figures and score (the board of the page, admins).
 */
export const leaderboardEndpoint: Endpoint = {
  path: '/recognition/leaderboard',
  method: 'get',
  handler: async (req) => {
    const actor = toActor(req.user)
    if (!actor) return refuse(req, 'not_permitted', 401)
    const boardPages = pagesWhereRole(actor, ['board'])
    const page = relationId((req.query?.page as string | undefined) ?? null) ?? boardPages[0] ?? homePage(actor)
    if (page === null || !(isOperator(actor) || boardPages.some((mine) => sameId(mine, page)))) {
      return refuse(req, 'not_permitted', 403)
    }
    const period = periodDays(req.query?.period)
    if (!period) return refuse(req, 'bad_period', 400)
    const figures = await leaderboard(req.payload, page, period.from, period.to)
    return Response.json(
      { period: { ...period, key: req.query.period }, ...figures },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}
