/**
 * An independent oracle for sharing between pages, written from issue 9 ("Share up and down") and
 * the task's rules, not from src/workflow/sharing.ts: rows of text parsed here into plain checks.
 */

/** Who answers an offer, from where, to where (issue 9: "whose boards accept it … or decline"). */
export const OFFER_LINES: readonly string[] = [
  '| accept  | awaiting_approval | scheduled | board of the offer page |',
  '| decline | awaiting_approval | rejected  | board of the offer page; note required |',
]

/** Which stories leave their page, and where they may go. */
export const SHARE_LINES: readonly string[] = [
  '| grassroots | approved, scheduled, published | its parent page only   | board of the story page |',
  '| district   | approved, scheduled, published | its child pages only   | board of the story page |',
]

export interface OfferRow {
  reply: string
  from: string
  to: string
  note: boolean
}

export interface ShareRow {
  level: 'grassroots' | 'district'
  stages: readonly string[]
  targets: 'parent' | 'children'
}

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim())

export const OFFER_ROWS: readonly OfferRow[] = OFFER_LINES.map((line) => {
  const [reply, from, to, who] = cells(line) as [string, string, string, string]
  if (!who.startsWith('board of the offer page')) throw new Error(`Oracle does not understand: ${who}`)
  return { reply, from, to, note: who.includes('note required') }
})

export const SHARE_ROWS: readonly ShareRow[] = SHARE_LINES.map((line) => {
  const [level, stages, targets, who] = cells(line) as [string, string, string, string]
  if (who !== 'board of the story page') throw new Error(`Oracle does not understand: ${who}`)
  if (level !== 'grassroots' && level !== 'district') throw new Error(`Unknown level ${level}`)
  return {
    level,
    stages: stages.split(',').map((stage) => stage.trim()),
    targets: targets.startsWith('its parent') ? 'parent' : 'children',
  }
})

export type Verdict = { ok: true; to: string } | { ok: false; status: number; code: string }

/** The expected answer to an offer reply, checks in the order a person would ask them. */
export const offerVerdict = (
  roles: readonly string[],
  story: { stage: string; offer: string | null; channels: number },
  request: { reply?: unknown; note?: unknown },
): Verdict => {
  const row = OFFER_ROWS.find((candidate) => candidate.reply === request.reply)
  if (!row) return { ok: false, status: 400, code: 'unknown_reply' }
  if (story.offer !== 'pending') return { ok: false, status: 409, code: 'not_an_offer' }
  if (story.stage !== row.from) return { ok: false, status: 409, code: 'wrong_stage' }
  if (!roles.includes('board')) return { ok: false, status: 403, code: 'not_permitted' }
  if (row.note && !(typeof request.note === 'string' && request.note.trim())) {
    return { ok: false, status: 400, code: 'note_required' }
  }
  if (row.to === 'scheduled' && story.channels === 0) return { ok: false, status: 409, code: 'offer_no_channel' }
  return { ok: true, to: row.to }
}

/** The expected answer to a share request. */
export const shareVerdict = (
  roles: readonly string[],
  stage: string,
  page: { level: 'grassroots' | 'district'; parent: string | null; children: readonly string[] },
  to: 'parent' | readonly string[],
  already: readonly string[],
): { ok: true; targets: string[] } | { ok: false; status: number; code: string } => {
  if (to !== 'parent' && to.length === 0) return { ok: false, status: 400, code: 'share_target_required' }
  if (!roles.includes('board')) return { ok: false, status: 403, code: 'not_permitted' }
  const row = SHARE_ROWS.find((candidate) => candidate.level === page.level)!
  if (!row.stages.includes(stage)) return { ok: false, status: 409, code: 'share_wrong_stage' }
  if (to === 'parent' && (row.targets !== 'parent' || page.parent === null)) {
    return { ok: false, status: 409, code: 'share_no_parent' }
  }
  const targets = to === 'parent' ? [page.parent!] : [...new Set(to)]
  const allowed = row.targets === 'parent' ? (page.parent ? [page.parent] : []) : page.children
  if (targets.some((target) => !allowed.includes(target))) {
    return { ok: false, status: 403, code: 'share_target_not_allowed' }
  }
  if (targets.some((target) => already.includes(target))) return { ok: false, status: 409, code: 'share_duplicate' }
  return { ok: true, targets }
}
