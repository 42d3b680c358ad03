/**
 * Which buttons the panel offers in which state. The endpoints in src/inbox/endpoints decide; these
 * only keep the panel from offering what would be refused.
 */
export const OPEN_STATES = ['new', 'assigned', 'escalated'] as const
export const REPLYABLE = OPEN_STATES
export const ESCALATABLE = ['new', 'assigned'] as const
export const CLOSABLE = ['new', 'assigned', 'escalated', 'replied'] as const

export const isIn = (states: readonly string[], state: unknown): boolean =>
  typeof state === 'string' && states.includes(state)
