/**
 * An independent oracle for the story workflow, built from SPEC.md "Stages and transitions" — not from
 * src/workflow. The SPEC lines are kept verbatim below and parsed here; every phrase in the "who" column
 * must be one this file understands, otherwise the parser throws (so a SPEC change cannot slip past).
 *
 * Deliberately a different shape from src/workflow/transitions.ts: rows of text → a list of grants
 * (who, optionally only from some stages) plus four-eyes and input flags.
 */

/** SPEC.md, "Stages and transitions", first line — verbatim. */
export const SPEC_STAGES_LINE =
  'Stages: `draft`, `submitted`, `in_review`, `changes_requested`, `awaiting_approval`, `approved`, ' +
  '`scheduled`, `published`, `rejected`, `withdrawn`.'

/** SPEC.md, the transition table — verbatim, one markdown line per entry. */
export const SPEC_TABLE_LINES: readonly string[] = [
  '| action            | from                                   | to                  | who |',
  '|-------------------|----------------------------------------|---------------------|-----|',
  '| `submit`          | draft, changes_requested               | submitted           | the author |',
  '| `withdraw`        | submitted, changes_requested           | withdrawn           | the author |',
  "| `claim`           | submitted                              | in_review           | editor of the story's area, board |",
  '| `request_changes` | in_review, awaiting_approval           | changes_requested   | editor of the area (from in_review), board; `note` required |',
  '| `forward`         | in_review                              | awaiting_approval   | editor of the area, board |',
  "| `approve`         | awaiting_approval                      | approved            | board, never the story's author |",
  '| `reject`          | submitted, in_review, awaiting_approval| rejected            | editor of the area, board; `note` required |',
  '| `schedule`        | approved                               | scheduled           | board; needs `publishAt` and at least one channel (from the body or the story) |',
  '| `unschedule`      | scheduled                              | approved            | board |',
  '| `publish_now`     | approved                               | scheduled (due now) | board |',
]

export type Who = 'author' | 'area_editor' | 'board'

export interface Grant {
  who: Who
  /** Only from these stages; undefined = from every stage of the row. */
  onlyFrom?: readonly string[]
}

export interface SpecRow {
  action: string
  from: readonly string[]
  to: string
  grants: readonly Grant[]
  /** "never the story's author" */
  neverAuthor: boolean
  noteRequired: boolean
  needsPublishAt: boolean
  needsChannel: boolean
  /** "scheduled (due now)" */
  dueNow: boolean
}

const unquote = (cell: string): string => cell.trim().replace(/^`|`$/g, '')

export const SPEC_STAGES: readonly string[] = [...SPEC_STAGES_LINE.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]!)

const parseWho = (text: string, from: readonly string[]): Pick<SpecRow, 'grants' | 'neverAuthor'> => {
  const grants: Grant[] = []
  let neverAuthor = false
  for (const rawClause of text.split(',')) {
    const clause = rawClause.trim()
    let m: RegExpMatchArray | null
    if (clause === 'the author') grants.push({ who: 'author' })
    else if (clause === 'board') grants.push({ who: 'board' })
    else if (clause === "never the story's author") neverAuthor = true
    else if ((m = clause.match(/^editor of the (?:story's )?area(?: \(from ([a-z_]+)\))?$/))) {
      const only = m[1]
      if (only !== undefined && !from.includes(only)) throw new Error(`"(from ${only})" is not a from stage`)
      grants.push(only === undefined ? { who: 'area_editor' } : { who: 'area_editor', onlyFrom: [only] })
    } else throw new Error(`Oracle does not understand the SPEC phrase: "${clause}"`)
  }
  return { grants, neverAuthor }
}

const parseRow = (line: string): SpecRow => {
  const cells = line.split('|').slice(1, -1)
  if (cells.length !== 4) throw new Error(`Bad SPEC row: ${line}`)
  const [actionCell, fromCell, toCell, whoCell] = cells.map((c) => c.trim()) as [string, string, string, string]
  const from = fromCell.split(',').map((s) => s.trim())
  const toMatch = toCell.match(/^([a-z_]+)(?: \((due now)\))?$/)
  if (!toMatch) throw new Error(`Bad "to" cell: ${toCell}`)
  const [people, ...conditions] = whoCell.split(';')
  const condition = conditions.join(';')
  for (const stage of [...from, toMatch[1]!]) {
    if (!SPEC_STAGES.includes(stage)) throw new Error(`Unknown stage in SPEC row: ${stage}`)
  }
  return {
    action: unquote(actionCell),
    from,
    to: toMatch[1]!,
    ...parseWho(people!, from),
    noteRequired: /`note` required/.test(condition),
    needsPublishAt: /needs `publishAt`/.test(condition),
    needsChannel: /at least one channel/.test(condition),
    dueNow: toMatch[2] === 'due now',
  }
}

export const SPEC_ROWS: readonly SpecRow[] = SPEC_TABLE_LINES.slice(2).map(parseRow)
export const SPEC_ACTIONS: readonly string[] = SPEC_ROWS.map((row) => row.action)

export const specRow = (action: string): SpecRow => {
  const row = SPEC_ROWS.find((r) => r.action === action)
  if (!row) throw new Error(`No SPEC row for ${action}`)
  return row
}

// ---------------------------------------------------------------------------------------------------
// Judging one request. Ids may be numbers (SQL) or strings (Mongo): 1 and '1' are the same user.

export type AnyId = string | number

export interface OracleActor {
  id: AnyId
  roles: readonly string[]
  areas: readonly AnyId[]
}

export interface OracleStory {
  stage: string
  authorId: AnyId | null
  areaId: AnyId | null
  /** Who last changed the content (issue 8: they may not approve either). */
  contentEditorId?: AnyId | null
}

const same = (a: AnyId | null | undefined, b: AnyId | null | undefined): boolean =>
  a !== null && a !== undefined && b !== null && b !== undefined && `${a}` === `${b}`

/** Which of the SPEC's "who" descriptions fit this actor for this story. */
export const whoIs = (actor: OracleActor, story: OracleStory): Set<Who> => {
  const result = new Set<Who>()
  if (same(actor.id, story.authorId)) result.add('author')
  if (actor.roles.includes('editor') && actor.areas.some((a) => same(a, story.areaId))) result.add('area_editor')
  if (actor.roles.includes('board')) result.add('board')
  return result
}

export type Verdict =
  | { ok: true; to: string }
  | { ok: false; status: 409; code: 'wrong_stage' }
  | { ok: false; status: 403; code: 'own_story' | 'own_edit' | 'not_permitted' }

/** The SPEC's answer for a well-formed request (notes, publishAt, channels all fine). */
export const verdict = (actor: OracleActor, story: OracleStory, action: string): Verdict => {
  const row = specRow(action)
  if (!row.from.includes(story.stage)) return { ok: false, status: 409, code: 'wrong_stage' }
  const who = whoIs(actor, story)
  if (row.neverAuthor && who.has('author')) return { ok: false, status: 403, code: 'own_story' }
  // Issue 8: four-eyes also keeps out whoever last changed the content.
  if (row.neverAuthor && same(actor.id, story.contentEditorId)) return { ok: false, status: 403, code: 'own_edit' }
  const granted = row.grants.some(
    (grant) => who.has(grant.who) && (grant.onlyFrom === undefined || grant.onlyFrom.includes(story.stage)),
  )
  return granted ? { ok: true, to: row.to } : { ok: false, status: 403, code: 'not_permitted' }
}

export const allowedActions = (actor: OracleActor, story: OracleStory): string[] =>
  SPEC_ACTIONS.filter((action) => verdict(actor, story, action).ok)
