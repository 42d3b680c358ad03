import { addDataAndFileToRequest, type Endpoint, type PayloadRequest } from 'payload'

import { languageOf } from '../../i18n/language'
import { requestLog } from '../../log/requestLog'
import { memberMessage, refuse } from '../messages'
import { commitPlan, writesOf } from './commit'
import { loadPlanContext } from './context'
import { readMemberFile } from './files'
import { finishJob, jobOf, startJob } from './jobs'
import { planImport, type RowPlan, summarisePlan } from './plan'
import { type MemberScope, memberScopeOf } from './scope'

const NO_STORE = { 'Cache-Control': 'no-store' }

/** The plan of the uploaded file (field `file`) for the user's page, or the refusal to answer. */
const planOfUpload = async (
  req: PayloadRequest,
): Promise<{ refusal: Response } | { refusal?: undefined; scope: MemberScope; plan: RowPlan[] }> => {
  const scope = await memberScopeOf(req)
  if (!scope) return { refusal: refuse(req, 'not_permitted', req.user ? 403 : 401) }
  await addDataAndFileToRequest(req)
  if (!req.file?.data) return { refusal: refuse(req, 'file_missing', 400) }
  const rows = await readMemberFile(req.file.data)
  if (!rows) return { refusal: refuse(req, 'file_unreadable', 400) }
  const plan = planImport(rows, await loadPlanContext(req.payload, scope, req))
  return { scope, plan }
}

/** A plan row as the preview shows it: the refusal's reason said in the request's language. */
const shown = (row: RowPlan, language: string | undefined) =>
  row.action === 'refused'
    ? {
        line: row.line,
        fullName: row.fullName,
        action: row.action,
        reason: row.reason,
        message: memberMessage(row.reason, language),
      }
    : { line: row.line, fullName: row.fullName, action: row.action }

/** `POST /api/members/import/preview`: what the file would do, row by row. Saves nothing. */
export const importPreviewEndpoint: Endpoint = {
  path: '/import/preview',
  method: 'post',
  handler: async (req) => {
    const result = await planOfUpload(req)
    if (result.refusal) return result.refusal
    const language = languageOf(req.i18n?.language)
    return Response.json(
      { summary: summarisePlan(result.plan), rows: result.plan.map((row) => shown(row, language)) },
      { headers: NO_STORE },
    )
  },
}

/**
 * `POST /api/members/import/commit`: plans the file again and writes its creates and updates in one
 * transaction, in the background; answers 202 with the job to poll (`GET …/import/jobs/:id`).
 * Refused rows are left out; re-importing the same file writes nothing.
 */
export const importCommitEndpoint: Endpoint = {
  path: '/import/commit',
  method: 'post',
  handler: async (req) => {
    const result = await planOfUpload(req)
    if (result.refusal) return result.refusal
    const { scope, plan } = result
    const job = startJob(req.user!.id, scope.page, writesOf(plan).length, summarisePlan(plan))
    if (!job) return refuse(req, 'import_running', 409)
    const { payload } = req
    void commitPlan(payload, plan, scope, (done) => (job.done = done)).then(
      () => finishJob(job, 'done'),
      (error: unknown) => {
        requestLog(payload.logger, req.headers).error({ err: error, job: job.id }, 'member import failed')
        finishJob(job, 'failed')
      },
    )
    return Response.json(job, { status: 202, headers: NO_STORE })
  },
}

/** `GET /api/members/import/jobs/:id`: a commit's progress, to the user who started it. */
export const importJobEndpoint: Endpoint = {
  path: '/import/jobs/:id',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, 'not_permitted', 401)
    const job = jobOf(String(req.routeParams?.id ?? ''), req.user.id)
    if (!job) return refuse(req, 'job_unknown', 404)
    return Response.json(job, { headers: NO_STORE })
  },
}
