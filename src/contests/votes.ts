/**
 * Public votes are the reactions on an entry's post, counted until the contest closes and frozen at
 * that instant. Pure: what a round does with a contest, and whether an answer may still count.
 */
import type { ContestStage } from './labels'

export type VotesAction = 'read' | 'freeze' | 'none'

/**
 * Before the closing time, an open contest's votes are read; from the closing time on (whatever its
 * stage says yet), they are frozen once; after that, never touched again.
 */
export const votesAction = (
  contest: { stage: ContestStage; closesAt: string; votesFrozenAt?: string | null },
  now: Date,
): VotesAction => {
  if (contest.votesFrozenAt || contest.stage === 'draft') return 'none'
  if (now.getTime() >= Date.parse(contest.closesAt)) return 'freeze'
  return contest.stage === 'open' ? 'read' : 'none'
}

/**
 * A count counts only if Facebook's answer arrived before the close: a read that started in time but
 * came back after the closing instant may include late reactions, and is dropped.
 */
export const answerCounts = (answeredAt: Date, closesAt: string) => answeredAt.getTime() < Date.parse(closesAt)
