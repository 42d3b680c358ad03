'use client'
import { useEffect, useState } from 'react'

import { NEWSROOM_TIME_ZONE } from '../../time/vietnam'
import { useNewsroomTranslation } from '../i18n'
import { formatDuration } from './duration'
import { REBUTTAL_TARGET_MS } from './urgency'
import './Clock.scss'

export type ClockKind = 'waiting' | 'due' | 'rebuttal' | 'startsIn' | 'endsIn'

const SOON_MS = 10 * 60_000

/** Re-rendered twice a minute: the clocks show minutes, and a dashboard stays open all shift long. */
const useNow = () => {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/**
 * A live duration against an instant: how long something has waited, how long is left before a
 * deadline, or a rebuttal's time against its one-hour target (red once over).
 */
export const Clock = ({ at, kind }: { at: string; kind: ClockKind }) => {
  const { t, language } = useNewsroomTranslation()
  const now = useNow()
  const instant = Date.parse(at)
  if (Number.isNaN(instant)) return null
  const span = (ms: number) => formatDuration(ms, language)
  const elapsed = now - instant
  const remaining = -elapsed

  let text: string
  let tone: 'neutral' | 'soon' | 'over' = 'neutral'
  switch (kind) {
    case 'waiting':
      text = t('newsroom:waitingFor', { duration: span(elapsed) })
      break
    case 'due':
      tone = remaining < 0 ? 'over' : remaining < SOON_MS ? 'soon' : 'neutral'
      text =
        remaining < 0
          ? t('newsroom:overdueBy', { duration: span(remaining) })
          : t('newsroom:dueIn', { duration: span(remaining) })
      break
    case 'rebuttal':
      tone = elapsed > REBUTTAL_TARGET_MS ? 'over' : 'soon'
      text =
        elapsed > REBUTTAL_TARGET_MS
          ? t('newsroom:rebuttalOver', { elapsed: span(elapsed), target: span(REBUTTAL_TARGET_MS) })
          : t('newsroom:rebuttalWithin', { elapsed: span(elapsed), target: span(REBUTTAL_TARGET_MS) })
      break
    case 'startsIn':
      text = t('newsroom:startsIn', { duration: span(remaining) })
      break
    case 'endsIn':
      text = t('newsroom:endsIn', { duration: span(remaining) })
      break
  }
  return (
    <span
      className={`newsroom-clock newsroom-clock--${tone}`}
      data-clock={kind}
      data-over={tone === 'over' ? 'true' : undefined}
      suppressHydrationWarning
      title={new Date(instant).toLocaleString(language === 'en' ? 'en-GB' : 'vi-VN', { timeZone: NEWSROOM_TIME_ZONE })}
    >
      {text}
    </span>
  )
}
