import type { Mark, Criterion } from '../../../contests/scoring'
import type { SheetStatus } from '../../../contests/scoringRules'
import type { Id } from '../../../workflow/roles'
import { apiGet, apiRequest } from '../../request'

export type JurorEntry = {
  id: Id
  number: number
  title: string
  story: string | null
  text: string | null
  link: string | null
  photos: { id: Id; url: string | null }[]
  sheet: { marks: Mark[]; total: number | null; recused: boolean; submittedAt: string | null } | null
}
export type JudgingData = {
  contest: { id: Id; title: string; stage: string; rubric: Criterion[] }
  isJuror: boolean
  entries: JurorEntry[]
}
export type Progress = {
  stage: string
  jurors: { id: Id; name: string }[]
  entries: { id: Id; number: number; title: string; cells: SheetStatus[] }[]
  counts: Record<SheetStatus, number>
}
export type Result = { id: Id; number: number; rank: number | null; prize: string | null; finalScore: number | null }

export const loadJudging = (api: string, contest: Id, language: string) =>
  apiGet<JudgingData>(`${api}/contests/${contest}/judging`, { language })
export const loadProgress = (api: string, contest: Id, language: string) =>
  apiGet<Progress>(`${api}/contests/${contest}/judging-progress`, { language })
export const submitSheet = (api: string, entry: Id, marks: Mark[], language: string) =>
  apiRequest<{ total: number }>(`${api}/contest-scores/submit`, { method: 'POST', language, body: { entry, marks } })
/** The juror's own recusal, or with `juror` the board's. */
export const recuseFrom = (api: string, entry: Id, reason: string, language: string, juror?: Id) =>
  apiRequest<{ recused: true }>(`${api}/contest-scores/recuse`, {
    method: 'POST',
    language,
    body: { entry, reason, juror },
  })
export const reinstate = (api: string, entry: Id, juror: Id, language: string) =>
  apiRequest<{ recused: false }>(`${api}/contest-scores/reinstate`, {
    method: 'POST',
    language,
    body: { entry, juror },
  })
/** With sheets pending, the server computes only when the board has said it accepts them. */
export const computeResults = (api: string, contest: Id, language: string, acceptPending: boolean) =>
  apiRequest<{ results: Result[] }>(`${api}/contests/${contest}/results`, {
    method: 'POST',
    language,
    body: { acceptPending },
  })
