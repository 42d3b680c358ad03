import type { Payload } from 'payload'

import { backupAge } from '../backup/lastBackup'
import { type BackupSettings, backupSettingsFromEnv } from '../backup/settings'
import { countOverdue } from '../publishing/engine/claims'
import { lastLoopRound, type LoopName } from './loopBeats'

/** `off`: not run by this process (by configuration), which is not a fault. */
export type CheckStatus = 'ok' | 'stale' | 'down' | 'off'

export interface HealthCheck {
  status: CheckStatus
  /** When the thing last showed it was alive (a loop's last round, the last backup). */
  lastAt?: string | null
  ms?: number
  /** Delivery: publications due for over five minutes that no loop (here or in a worker) has taken. */
  overdue?: number
}

export interface NewsroomHealth {
  healthy: boolean
  checkedAt: string
  checks: Record<'database' | LoopName | 'backup', HealthCheck>
}

export interface HealthOptions {
  now?: Date
  backup?: BackupSettings
  databaseTimeoutMs?: number
}

/** A loop is stale when it has not come round for ten polls, and never sooner than two minutes. */
const loopCheck = (name: LoopName, now: Date): HealthCheck => {
  const round = lastLoopRound(name)
  if (!round) return { status: 'off' }
  const staleAfter = Math.max(120_000, 10 * round.pollMs)
  return {
    status: now.getTime() - round.at > staleAfter ? 'stale' : 'ok',
    lastAt: new Date(round.at).toISOString(),
  }
}

const OVERDUE_AFTER_MS = 5 * 60_000

/**
 * The delivery loop of this process, and the publications every loop shares: posts left waiting mean
 * nobody delivers — also when this process runs no loop of its own (NEWSROOM_SCHEDULER=off) and the
 * workers are gone. The count is skipped when the database is down (that check says so already).
 */
const deliveryCheck = async (payload: Payload, now: Date, databaseUp: boolean): Promise<HealthCheck> => {
  const loop = loopCheck('delivery', now)
  if (!databaseUp) return loop
  const overdue = await countOverdue(payload, now, OVERDUE_AFTER_MS)
  return { ...loop, status: overdue > 0 ? 'stale' : loop.status, overdue }
}

const databaseCheck = async (payload: Payload, timeoutMs: number): Promise<HealthCheck> => {
  const started = Date.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      payload.count({ collection: 'areas' }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs)
      }),
    ])
    return { status: 'ok', ms: Date.now() - started }
  } catch {
    return { status: 'down', ms: Date.now() - started }
  } finally {
    clearTimeout(timer)
  }
}

const backupCheck = async (settings: BackupSettings, now: Date): Promise<HealthCheck> => {
  if (!settings.scheduled) return { status: 'off' }
  const age = await backupAge(settings, now)
  return { status: age.stale ? 'stale' : 'ok', lastAt: age.lastAt?.toISOString() ?? null }
}

/**
 * What `/healthz` answers and the board's dashboard shows: the database answers, the background
 * loops this process runs come round, the last backup is recent. Times and states only — never a
 * connection string, a path or a secret.
 */
export const newsroomHealth = async (payload: Payload, options: HealthOptions = {}): Promise<NewsroomHealth> => {
  const now = options.now ?? new Date()
  const database = await databaseCheck(payload, options.databaseTimeoutMs ?? 5_000)
  const checks: NewsroomHealth['checks'] = {
    database,
    delivery: await deliveryCheck(payload, now, database.status === 'ok'),
    inbox: loopCheck('inbox', now),
    email: loopCheck('email', now),
    insights: loopCheck('insights', now),
    backup: await backupCheck(options.backup ?? backupSettingsFromEnv(), now),
  }
  const healthy = Object.values(checks).every((check) => check.status === 'ok' || check.status === 'off')
  return { healthy, checkedAt: now.toISOString(), checks }
}
