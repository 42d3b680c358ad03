import type { Endpoint } from 'payload'

import { jsonBody } from '../../endpoints/jsonBody'
import { mediaStorageOf } from '../../media/storage/mediaStorage'
import { boardEndpoint, pageScopeOf, queryOf } from '../endpoints/shared'
import { refuse } from '../messages'
import { reportFileName } from './content'
import { makeDueReports } from './runner'
import { reportTitle } from './schedule'

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const

/**
 * `POST /api/reports/generate` `{ from, to }` (board, admins): queues the report of the period and
 * starts making it in this process; answers 202 with the report, whose `state` and `progress` the
 * screen then reads (`GET /api/reports/:id`). A process restarted midway is taken over by the next
 * one whose loop finds its lease run out.
 */
const generateEndpoint = boardEndpoint('post', '/generate', async (req, actor) => {
  const body = await jsonBody(req)
  const query = queryOf(req, { from: body.from, to: body.to, page: body.page })
  if (query instanceof Response) return query
  const scope = pageScopeOf(req, actor, query.page)
  if (scope instanceof Response) return scope
  // One page's report: the one asked for, else the reader's first board page (an admin's naming
  // none: the district page, which the page hook gives).
  const page = query.page ?? scope?.[0] ?? undefined
  const doc = await req.payload.create({
    collection: 'reports',
    data: {
      title: reportTitle(query.from, query.to),
      from: query.from,
      to: query.to,
      page,
      state: 'queued',
      progress: 0,
      requestedBy: actor.id,
    } as never,
    depth: 0,
  })
  void makeDueReports(req.payload)
  return Response.json({ doc }, { status: 202 })
})

/** `GET /api/reports/:id/file/xlsx|pdf` (board, admins): the finished report, as a download. */
const fileEndpoint = boardEndpoint('get', '/:id/file/:kind', async (req) => {
  const kind = String(req.routeParams?.kind ?? '')
  if (kind !== 'xlsx' && kind !== 'pdf') return refuse(req, 'invalid_report_file', 400)
  const report = (await req.payload
    .findByID({
      collection: 'reports',
      id: String(req.routeParams?.id ?? ''),
      depth: 0,
      disableErrors: true,
      // Another page's report is not there for this reader.
      overrideAccess: false,
      user: req.user,
    })
    .catch(() => null)) as { from: string; to: string; state: string; xlsxFile?: string; pdfFile?: string } | null
  if (!report) return refuse(req, 'report_not_found', 404)
  const name = kind === 'xlsx' ? report.xlsxFile : report.pdfFile
  if (report.state !== 'done' || !name) return refuse(req, 'report_not_ready', 409)
  const bytes = await mediaStorageOf(req.payload).read(name)
  if (!bytes) return refuse(req, 'report_not_found', 404)
  return new Response(new Uint8Array(bytes), {
    headers: {
      'Content-Type': MIME[kind],
      'Content-Length': String(bytes.length),
      'Content-Disposition': `attachment; filename="${reportFileName(report.from, report.to, kind)}"`,
      'Cache-Control': 'private, no-store',
    },
  })
})

export const reportEndpoints: Endpoint[] = [generateEndpoint, fileEndpoint]
