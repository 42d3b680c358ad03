import crypto from 'node:crypto'

import type { Id } from '../../workflow/roles'

/** A commit running (or just run) in this process, as its progress bar polls it. */
export interface ImportJob {
  id: string
  user: Id
  page: Id
  state: 'running' | 'done' | 'failed'
  done: number
  total: number
  summary: { create: number; update: number; unchanged: number; refused: number }
  finishedAt?: number
}

/** Finished jobs are kept this long for a late poll. */
const KEEP_MS = 10 * 60_000

/** Kept on globalThis: Next's bundle and the server load this module twice (see ARCHITECTURE.md). */
const jobs: Map<string, ImportJob> = ((globalThis as { memberImportJobs?: Map<string, ImportJob> }).memberImportJobs ??=
  new Map())

const forget = (now: number) => {
  for (const [id, job] of jobs) if (job.finishedAt && now - job.finishedAt > KEEP_MS) jobs.delete(id)
}

/** A new job for this page, or null when another is running there (one import per page at a time). */
export const startJob = (user: Id, page: Id, total: number, summary: ImportJob['summary']): ImportJob | null => {
  forget(Date.now())
  if ([...jobs.values()].some((job) => job.state === 'running' && String(job.page) === String(page))) return null
  const job: ImportJob = { id: crypto.randomUUID(), user, page, state: 'running', done: 0, total, summary }
  jobs.set(job.id, job)
  return job
}

export const finishJob = (job: ImportJob, state: 'done' | 'failed') => {
  job.state = state
  if (state === 'done') job.done = job.total
  job.finishedAt = Date.now()
}

/** A job, to the user who started it only. */
export const jobOf = (id: string, user: Id): ImportJob | null => {
  const job = jobs.get(id)
  return job && String(job.user) === String(user) ? job : null
}
