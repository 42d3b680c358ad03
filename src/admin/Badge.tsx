import type { ReactNode } from 'react'

import './Badge.scss'

export type BadgeSize = 'small' | 'medium'

/**
 * The pill of every state badge. `kind` is the badge's own class (`newsroom-stage`, …): with the
 * state appended, it picks the state's hues; `data` names the state for tests and styles.
 */
export const Badge = ({
  kind,
  state,
  size,
  data,
  children,
}: {
  kind: string
  state: string
  size: BadgeSize
  data: Record<`data-${string}`, string>
  children: ReactNode
}) => (
  <span className={`newsroom-badge newsroom-badge--${size} ${kind} ${kind}--${state}`} {...data}>
    {children}
  </span>
)
