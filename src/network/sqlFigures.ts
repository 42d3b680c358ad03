import { type SQL, sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Id } from '../workflow/roles'
import type { FigureRows, FiguresWindows } from './types'
import { OPEN_INBOX_STATES } from './windows'

export type SqlDialect = 'sqlite' | 'postgres'

export type Executing = {
  execute: (args: { drizzle: unknown; sql: SQL }) => Promise<{ rows: Record<string, unknown>[] }>
  drizzle: unknown
}

/**
 * The SQL that differs between the two adapters: seconds between two timestamps, and the local day of
 * one. Both adapters take ISO strings as date parameters (SQLite stores dates as ISO text).
 */
const dialectOf = (dialect: SqlDialect) =>
  dialect === 'postgres'
    ? {
        seconds: (later: SQL, earlier: SQL) =>
          sql`CAST(EXTRACT(EPOCH FROM (${later} - ${earlier})) AS double precision)`,
        localDay: (at: SQL) => sql`to_char(${at} AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYYY-MM-DD')`,
      }
    : {
        seconds: (later: SQL, earlier: SQL) => sql`((julianday(${later}) - julianday(${earlier})) * 86400.0)`,
        // Vietnam has kept UTC+7 without daylight saving since 1975.
        localDay: (at: SQL) => sql`strftime('%Y-%m-%d', ${at}, '+7 hours')`,
      }

export const list = (values: readonly (string | number)[]) =>
  sql.join(
    values.map((value) => sql`${value}`),
    sql`, `,
  )

export const count = (value: unknown) => Number(value ?? 0)
/** SQLite keeps checkboxes as 0/1, PostgreSQL as booleans. */
const flag = (value: unknown) => value === true || Number(value) === 1
const seconds = (value: unknown) => (value == null ? null : Math.round(Number(value)))

/**
 * Every figure of the district view as five aggregate queries over all the pages at once (grouped by
 * page), on the SQL adapters. The result has the same rows as the local-API path (`localFigures.ts`).
 */
export const sqlFigureRows = async (
  payload: Payload,
  dialect: SqlDialect,
  windows: FiguresWindows,
): Promise<FigureRows> => {
  const db = payload.db as unknown as Executing
  const run = async (statement: SQL) => (await db.execute({ drizzle: db.drizzle, sql: statement })).rows
  const { seconds: secondsBetween, localDay } = dialectOf(dialect)
  const pages = list(windows.pages as (string | number)[])
  const iso = (at: Date) => at.toISOString()

  const postDay = localDay(sql`COALESCE(p."published_at", p."scheduled_for")`)
  const calendar = run(sql`
    SELECT p."page_id" AS "page", ${postDay} AS "day", p."state" AS "state", COUNT(*) AS "count"
    FROM "publications" p
    WHERE p."page_id" IN (${pages}) AND p."state" <> 'cancelled'
      AND COALESCE(p."published_at", p."scheduled_for") >= ${iso(windows.calendarFrom)}
      AND COALESCE(p."published_at", p."scheduled_for") < ${iso(windows.calendarTo)}
    GROUP BY p."page_id", ${postDay}, p."state"`)

  const inbox = run(sql`
    SELECT i."page_id" AS "page", COUNT(*) AS "open",
      SUM(CASE WHEN i."due_at" < ${iso(windows.now)} THEN 1 ELSE 0 END) AS "overdue"
    FROM "inbox" i
    WHERE i."page_id" IN (${pages}) AND i."state" IN (${list(OPEN_INBOX_STATES)})
    GROUP BY i."page_id"`)

  // Nearest rank: the first row (by time) whose rank reaches the share of the page's count.
  const responses = run(sql`
    WITH "first_replies" AS (
      SELECT i."page_id" AS "page", ${secondsBetween(sql`MIN(r."at")`, sql`i."received_at"`)} AS "seconds"
      FROM "inbox" i JOIN "inbox_replies" r ON r."_parent_id" = i."id"
      WHERE i."page_id" IN (${pages})
        AND i."received_at" >= ${iso(windows.responseFrom)} AND i."received_at" < ${iso(windows.responseTo)}
      GROUP BY i."id", i."page_id", i."received_at"
    ), "ranked" AS (
      SELECT "page", "seconds",
        ROW_NUMBER() OVER (PARTITION BY "page" ORDER BY "seconds") AS "rank",
        COUNT(*) OVER (PARTITION BY "page") AS "answered"
      FROM "first_replies"
    )
    SELECT "page", "answered",
      MIN(CASE WHEN "rank" >= "answered" * 0.5 THEN "seconds" END) AS "median",
      MIN(CASE WHEN "rank" >= "answered" * 0.9 THEN "seconds" END) AS "p90"
    FROM "ranked" GROUP BY "page", "answered"`)

  const stories = run(sql`
    SELECT s."page_id" AS "page",
      SUM(CASE WHEN h."action" = 'submit' THEN 1 ELSE 0 END) AS "submitted",
      SUM(CASE WHEN h."action" = 'approve' THEN 1 ELSE 0 END) AS "approved",
      SUM(CASE WHEN h."to" = 'published' THEN 1 ELSE 0 END) AS "published",
      SUM(CASE WHEN h."action" = 'submit' AND s."format" = 'rebuttal' THEN 1 ELSE 0 END) AS "rebuttals_submitted",
      SUM(CASE WHEN h."to" = 'published' AND s."format" = 'rebuttal' THEN 1 ELSE 0 END) AS "rebuttals_published"
    FROM "stories_history" h JOIN "stories" s ON s."id" = h."_parent_id"
    WHERE s."page_id" IN (${pages}) AND h."at" >= ${iso(windows.from)} AND h."at" < ${iso(windows.to)}
    GROUP BY s."page_id"`)

  const channels = run(sql`
    SELECT c."id" AS "id", c."page_id" AS "page", c."name" AS "name", c."kind" AS "kind",
      c."enabled" AS "enabled", c."needs_reconnect" AS "needs_reconnect"
    FROM "channels" c WHERE c."page_id" IN (${pages}) ORDER BY c."name"`)

  const [calendarRows, inboxRows, responseRows, storyRows, channelRows] = await Promise.all([
    calendar,
    inbox,
    responses,
    stories,
    channels,
  ])
  return {
    calendar: calendarRows.map((row) => ({
      page: row.page as Id,
      day: String(row.day),
      state: String(row.state),
      count: count(row.count),
    })),
    inbox: inboxRows.map((row) => ({ page: row.page as Id, open: count(row.open), overdue: count(row.overdue) })),
    responses: responseRows.map((row) => ({
      page: row.page as Id,
      answered: count(row.answered),
      medianSeconds: seconds(row.median),
      p90Seconds: seconds(row.p90),
    })),
    stories: storyRows.map((row) => ({
      page: row.page as Id,
      submitted: count(row.submitted),
      approved: count(row.approved),
      published: count(row.published),
      rebuttalsSubmitted: count(row.rebuttals_submitted),
      rebuttalsPublished: count(row.rebuttals_published),
    })),
    channels: channelRows.map((row) => ({
      id: row.id as Id,
      page: row.page as Id,
      name: String(row.name),
      kind: String(row.kind),
      enabled: flag(row.enabled),
      needsReconnect: flag(row.needs_reconnect),
    })),
  }
}
