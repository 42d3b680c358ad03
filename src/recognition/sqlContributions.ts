import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { type Executing, count, list } from '../network/sqlFigures'
import type { Id } from '../workflow/roles'
import { COUNTED_ENTRY_STAGES, type Contributor, emptyCounts } from './scoring'

const ACTION_KINDS = ['shared', 'reacted', 'commented'] as const

/**
 * The same contributors as `localContributions` (contributions.ts), counted by the database: one query
 * for the members and four aggregates grouped by member (stories, photos, campaign actions by kind,
 * contest entries), each joined to the page's members so no document is loaded. SQLite and PostgreSQL
 * both take ISO strings as date parameters.
 */
export const sqlContributions = async (
  payload: Payload,
  page: Id,
  from: string,
  to: string,
): Promise<Contributor[]> => {
  const db = payload.db as unknown as Executing
  const run = async (statement: SQL) => (await db.execute({ drizzle: db.drizzle, sql: statement })).rows
  const publishedStories = sql`
    SELECT s."id", s."author_id" FROM "stories" s
    WHERE s."page_id" = ${page} AND s."stage" = 'published'
      AND s."stage_changed_at" >= ${from} AND s."stage_changed_at" < ${to}`

  const [memberRows, storyRows, photoRows, actionRows, entryRows] = await Promise.all([
    run(sql`SELECT m."id", m."full_name", m."unit_id" FROM "members" m WHERE m."page_id" = ${page}`),
    run(sql`
      WITH "published" AS (${publishedStories})
      SELECT m."id" AS "member", COUNT(*) AS "count"
      FROM "published" p JOIN "members" m ON m."user_id" = p."author_id" AND m."page_id" = ${page}
      GROUP BY m."id"`),
    run(sql`
      WITH "published" AS (${publishedStories}),
      "photos" AS (
        SELECT DISTINCT r."media_id" AS "id" FROM "stories_rels" r JOIN "published" p ON p."id" = r."parent_id"
        WHERE r."path" = 'photos' AND r."media_id" IS NOT NULL
      )
      SELECT m."id" AS "member", COUNT(*) AS "count"
      FROM "photos" ph JOIN "media" md ON md."id" = ph."id"
        JOIN "members" m ON m."user_id" = md."uploaded_by_id" AND m."page_id" = ${page}
      GROUP BY m."id"`),
    run(sql`
      SELECT a."member_id" AS "member", a."kind" AS "kind", COUNT(*) AS "count"
      FROM "campaign_actions" a
      WHERE a."page_id" = ${page} AND a."at" >= ${from} AND a."at" < ${to}
        AND a."kind" IN (${list(ACTION_KINDS)}) AND a."member_id" IS NOT NULL
      GROUP BY a."member_id", a."kind"`),
    run(sql`
      SELECT e."member_id" AS "member", COUNT(*) AS "count"
      FROM "contest_entries" e
      WHERE e."page_id" = ${page} AND e."member_id" IS NOT NULL AND e."stage" IN (${list(COUNTED_ENTRY_STAGES)})
        AND e."created_at" >= ${from} AND e."created_at" < ${to}
      GROUP BY e."member_id"`),
  ])

  const byId = new Map<string, Contributor>(
    memberRows.map((row) => [
      String(row.id),
      {
        id: String(row.id),
        name: String(row.full_name),
        unit: row.unit_id == null ? null : String(row.unit_id),
        counts: emptyCounts(),
      },
    ]),
  )
  const add = (rows: Record<string, unknown>[], key: (row: Record<string, unknown>) => keyof Contributor['counts']) => {
    for (const row of rows) {
      const member = byId.get(String(row.member))
      if (member) member.counts[key(row)] += count(row.count)
    }
  }
  add(storyRows, () => 'stories')
  add(photoRows, () => 'photos')
  add(actionRows, (row) => row.kind as (typeof ACTION_KINDS)[number])
  add(entryRows, () => 'contestEntries')
  return [...byId.values()]
}
