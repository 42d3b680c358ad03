export const STAGES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'awaiting_approval',
  'approved',
  'scheduled',
  'published',
  'rejected',
  'withdrawn',
] as const

export type Stage = (typeof STAGES)[number]

/** From approval on, content is frozen so that what is published is exactly what the board approved. */
export const FROZEN_STAGES: readonly Stage[] = ['approved', 'scheduled', 'published']

/** Fields whose value must not change once a story is frozen. */
export const FROZEN_FIELDS = [
  'title',
  'summary',
  'body',
  'photos',
  'format',
  'area',
  'falseClaim',
  'officialSources',
] as const

/** Stages in which the author may still edit their own story. */
export const AUTHOR_EDITABLE_STAGES: readonly Stage[] = ['draft', 'changes_requested']

export const isFrozen = (stage: Stage | null | undefined): boolean => stage != null && FROZEN_STAGES.includes(stage)

export const isStage = (value: unknown): value is Stage =>
  typeof value === 'string' && (STAGES as readonly string[]).includes(value)
