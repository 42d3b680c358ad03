import type { NewsroomKey } from '../i18n'
import type { CheckResult } from './api'

export interface Outcome {
  ok: boolean
  headline: NewsroomKey
  /** Facebook's own words and codes, shown as they are: they are what a technician searches for. */
  detail: string | null
}

// Graph error kinds from src/publishing/graphErrors.ts, each with what a newsroom person should do.
const HEADLINES: Record<string, NewsroomKey> = {
  token: 'newsroom:checkToken',
  permission: 'newsroom:checkPermission',
  throttled: 'newsroom:checkThrottled',
  invalid: 'newsroom:checkInvalid',
  transient: 'newsroom:checkTransient',
  unknown: 'newsroom:checkUnknown',
}

export const outcomeOf = (result: CheckResult): Outcome => {
  if (result.ok) return { ok: true, headline: 'newsroom:checkOk', detail: null }
  if ('refused' in result) return { ok: false, headline: 'newsroom:checkRefused', detail: result.refused }
  const codes = [result.code, result.subcode].filter((value) => value != null).join('/')
  const detail = [codes ? `#${codes}` : '', result.message ?? ''].filter(Boolean).join(' · ') || null
  return { ok: false, headline: (result.kind && HEADLINES[result.kind]) || 'newsroom:checkFailed', detail }
}
