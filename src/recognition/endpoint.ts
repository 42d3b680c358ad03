import type { Endpoint, PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { homePage, pagesWhereRole, isOperator } from '../fanpages/membership'
import { type Bilingual, messageLookup } from '../i18n/language'
import { refusalsFrom } from '../i18n/refusal'
import { type Id, sameId } from '../workflow/roles'
import { reportPdf } from '../insights/report/pdf'
import { reportXlsx } from '../insights/report/xlsx'
import { vnDateTime } from '../time/vietnam'
import { commendationDocument } from './commendation'
import { recognitionStory } from './draftStory'
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

/** The page the board asks about (theirs) and the period, or a refusal. */
type BoardQuery = { refusal: Response } | { page: Id; period: NonNullable<ReturnType<typeof periodDays>> }

const boardQuery = (req: PayloadRequest): BoardQuery => {
  const actor = toActor(req.user)
  if (!actor) return { refusal: refuse(req, 'not_permitted', 401) }
  const boardPages = pagesWhereRole(actor, ['board'])
  const page = relationId((req.query?.page as string | undefined) ?? null) ?? boardPages[0] ?? homePage(actor)
  if (page === null || !(isOperator(actor) || boardPages.some((mine) => sameId(mine, page)))) {
    return { refusal: refuse(req, 'not_permitted', 403) }
  }
  const period = periodDays(req.query?.period)
  if (!period) return { refusal: refuse(req, 'bad_period', 400) }
  return { page, period }
}

/**
 * `GET /api/recognition/leaderboard?period=2026-11|2026-Q4[&page=<id>]`: the page's leaderboards of
 * members and units with each one's figures and score (the board of the page, admins).
 */
export const leaderboardEndpoint: Endpoint = {
  path: '/recognition/leaderboard',
  method: 'get',
  handler: async (req) => {
    const asked = boardQuery(req)
    if ('refusal' in asked) return asked.refusal
    const { page, period } = asked
    const figures = await leaderboard(req.payload, page, period.from, period.to)
    return Response.json(
      { period: { ...period, key: req.query.period }, ...figures },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
}

const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const

/** `GET /api/recognition/commendation?period=…&format=xlsx|pdf`: "Danh sách biểu dương" as a file. */
export const commendationEndpoint: Endpoint = {
  path: '/recognition/commendation',
  method: 'get',
  handler: async (req) => {
    const asked = boardQuery(req)
    if ('refusal' in asked) return asked.refusal
    const format = req.query?.format === 'pdf' ? 'pdf' : 'xlsx'
    const { members, units } = await leaderboard(req.payload, asked.page, asked.period.from, asked.period.to)
    const document = commendationDocument(asked.period.label, members, units, vnDateTime(new Date()))
    const bytes = format === 'pdf' ? await reportPdf(document) : await reportXlsx(document)
    return new Response(new Uint8Array(bytes), {
      headers: {
        'Content-Type': CONTENT_TYPES[format],
        'Content-Disposition': `attachment; filename="danh-sach-bieu-duong-${String(req.query.period)}.${format}"`,
        'Cache-Control': 'no-store',
      },
    })
  },
}

/** `POST /api/recognition/draft-story?period=…`: "Soạn bài biểu dương", a draft story by the board member asking. */
export const draftRecognitionStoryEndpoint: Endpoint = {
  path: '/recognition/draft-story',
  method: 'post',
  handler: async (req) => {
    const asked = boardQuery(req)
    if ('refusal' in asked) return asked.refusal
    const { members, units } = await leaderboard(req.payload, asked.page, asked.period.from, asked.period.to, 10)
    const story = await req.payload.create({
      collection: 'stories',
      data: { ...recognitionStory(asked.period.label, members, units), page: asked.page } as never,
      user: req.user,
      overrideAccess: false,
      depth: 0,
    })
    return Response.json({ id: story.id, stage: story.stage }, { status: 201 })
  },
}
