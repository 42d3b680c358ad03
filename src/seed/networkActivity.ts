import type { Payload } from 'payload'

import type { Id } from '../workflow/roles'
import type { SeededPage } from './network'
import { richText } from './richText'

/**
 * Days of a network's work, as the app would have left it: stories in every outcome with the history
 * that brought them there, their publications, and fanpage comments with their replies. For
 * `npm run seed:network -- --days N` and `bench/network` (40 pages × a year).
 *
 * Written with batched INSERTs through Payload's own Drizzle instance and table objects (the schema
 * the committed migrations made), in one transaction per page: a year of 40 pages is ~400,000 rows,
 * hours through the local API and seconds this way. SQL adapters only.
 */

export interface ActivityOptions {
  days: number
  /** Stories a page starts a day (on average; the district twice as many). */
  storiesPerDay?: number
  /** Comments a page receives a day (on average). */
  commentsPerDay?: number
  /** The instant the activity ends at (now by default); stories are also scheduled up to 7 days after. */
  now?: Date
  seed?: number
  log?: (line: string) => void
}

export interface ActivityReport {
  pages: number
  skippedPages: number
  rows: { stories: number; history: number; publications: number; inbox: number; replies: number }
  seconds: number
}

type Row = Record<string, unknown>
interface SqlTx {
  insert: (table: unknown) => {
    values: (rows: readonly Row[]) => Promise<unknown> & {
      returning: (fields: Record<string, unknown>) => Promise<Row[]>
    }
  }
}
interface SqlDb {
  name: string
  drizzle: SqlTx & { transaction: <T>(run: (tx: SqlTx) => Promise<T>) => Promise<T> }
  tables: Record<string, Record<string, unknown>>
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** mulberry32: the same activity on every run with the same seed. */
const prng = (seed: number) => {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TOPICS = [
  'ra quân làm đường giao thông nông thôn',
  'trao quà cho gia đình chính sách',
  'sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'hội nghị sơ kết công tác xây dựng Đảng',
  'ra mắt mô hình dân vận khéo',
  'chuyển đổi số trong cải cách hành chính',
  'thanh niên tình nguyện hè',
  'tập huấn kỹ thuật chăm sóc cây cao su',
  'diễn tập phòng thủ khu vực',
  'ngày hội đại đoàn kết toàn dân tộc',
]
const COMMENTS = ['Cho hỏi lịch tiếp dân ạ?', 'Đường làm xong chưa ạ?', 'Rất ý nghĩa!', 'Xin thông tin liên hệ ạ']

const iso = (at: number) => new Date(at).toISOString()
const pick = <T>(random: () => number, values: readonly T[]): T => values[Math.floor(random() * values.length)]!

type Step = [action: string, from: string, to: string]
/** The history of each outcome (the workflow's own transitions). */
const PATHS: Record<string, Step[]> = {
  published: [
    ['submit', 'draft', 'submitted'],
    ['claim', 'submitted', 'in_review'],
    ['forward', 'in_review', 'awaiting_approval'],
    ['approve', 'awaiting_approval', 'approved'],
    ['schedule', 'approved', 'scheduled'],
    ['auto_publish', 'scheduled', 'published'],
  ],
  scheduled: [
    ['submit', 'draft', 'submitted'],
    ['claim', 'submitted', 'in_review'],
    ['forward', 'in_review', 'awaiting_approval'],
    ['approve', 'awaiting_approval', 'approved'],
    ['schedule', 'approved', 'scheduled'],
  ],
  rejected: [
    ['submit', 'draft', 'submitted'],
    ['reject', 'submitted', 'rejected'],
  ],
  awaiting_approval: [
    ['submit', 'draft', 'submitted'],
    ['claim', 'submitted', 'in_review'],
    ['forward', 'in_review', 'awaiting_approval'],
  ],
  draft: [],
}

/** Which outcome a story started `ageMs` ago has reached. */
const outcomeOf = (random: () => number, ageMs: number): keyof typeof PATHS => {
  const roll = random()
  if (ageMs < 2 * DAY) return roll < 0.4 ? 'scheduled' : roll < 0.7 ? 'awaiting_approval' : 'draft'
  return roll < 0.75 ? 'published' : roll < 0.88 ? 'rejected' : roll < 0.95 ? 'draft' : 'awaiting_approval'
}

const batches = async (tx: SqlTx, table: unknown, rows: readonly Row[], size = 400) => {
  for (let start = 0; start < rows.length; start += size) await tx.insert(table).values(rows.slice(start, start + size))
}

/** Adds `days` of activity to each page that has no story yet (pages with stories are left alone). */
export const seedNetworkActivity = async (
  payload: Payload,
  pages: readonly SeededPage[],
  options: ActivityOptions,
): Promise<ActivityReport> => {
  const db = payload.db as unknown as SqlDb
  if (db.name !== 'sqlite' && db.name !== 'postgres')
    throw new Error('network activity is seeded on SQL databases only')
  const started = performance.now()
  const log = options.log ?? (() => {})
  const now = (options.now ?? new Date()).getTime()
  const rows = { stories: 0, history: 0, publications: 0, inbox: 0, replies: 0 }
  const { stories, stories_history, publications, inbox, inbox_replies } = db.tables as Record<string, any>
  let skippedPages = 0

  for (const [index, page] of pages.entries()) {
    if ((await payload.count({ collection: 'stories', where: { page: { equals: page.id } } })).totalDocs > 0) {
      skippedPages += 1
      continue
    }
    const random = prng((options.seed ?? 20261201) + index)
    const perDay = (options.storiesPerDay ?? 3) * (page.level === 'district' ? 2 : 1)
    const commentsPerDay = options.commentsPerDay ?? 4
    const { people, areas } = page
    const reviewer = () => pick(random, [...people.editor, ...people.board])
    const channels = [page.channels.localFeed, ...(page.channels.facebook === null ? [] : [page.channels.facebook])]

    // Stories: each with its title number, so that the ids handed back can be matched to their rows.
    const planned: { row: Row; outcome: string; start: number; publishAt: number }[] = []
    for (let day = options.days - 1; day >= -7; day -= 1) {
      const count = Math.round(perDay * (0.5 + random()))
      for (let story = 0; story < count; story += 1) {
        const start = now - day * DAY - Math.floor(random() * 12 * HOUR)
        const outcome = day < 0 ? 'scheduled' : outcomeOf(random, now - start)
        // Scheduled ones go out in the next days; published ones went out a few hours after approval
        // (at least an hour ahead, so that a delivery run right after seeding finds none of them due)
        const publishAt =
          day < 0 ? start : outcome === 'scheduled' ? now + HOUR + Math.floor(random() * 2 * DAY) : start
        const steps = PATHS[outcome]!
        const rebuttal = random() < 0.08
        planned.push({
          outcome,
          start: day < 0 ? now - 6 * HOUR : start,
          publishAt: publishAt + (outcome === 'published' ? 6 * HOUR : 0),
          row: {
            title: `${page.slug} #${planned.length + 1}: ${pick(random, TOPICS)}`,
            summary: `${page.name}: ${pick(random, TOPICS)}.`,
            body: richText(`${page.name} ${pick(random, TOPICS)}.`),
            format: rebuttal ? 'rebuttal' : 'news',
            falseClaim_text: rebuttal ? 'Tin đồn thất thiệt trên mạng xã hội' : null,
            area: pick(random, areas),
            author: pick(random, people.collaborator),
            contentEditedBy: null,
            stage: steps.at(-1)?.[2] ?? 'draft',
            page: page.id,
          },
        })
      }
    }

    await db.drizzle.transaction(async (tx) => {
      const ids = new Map<string, Id>()
      for (let start = 0; start < planned.length; start += 400) {
        const chunk = planned.slice(start, start + 400).map(({ row, start: at, outcome, publishAt }) => {
          const steps = PATHS[outcome]!
          const changed = steps.length ? at + steps.length * HOUR : at
          return {
            ...row,
            contentEditedBy: row.author,
            publishAt: outcome === 'published' || outcome === 'scheduled' ? iso(publishAt) : null,
            submittedAt: steps.length ? iso(at) : null,
            stageChangedAt: iso(outcome === 'published' ? publishAt : changed),
            createdAt: iso(at - HOUR),
            updatedAt: iso(outcome === 'published' ? publishAt : changed),
          }
        })
        const returned = await tx.insert(stories).values(chunk).returning({ id: stories.id, title: stories.title })
        for (const { id, title } of returned) ids.set(String(title), id as Id)
      }

      const history: Row[] = []
      const posts: Row[] = []
      for (const { row, outcome, start, publishAt } of planned) {
        const story = ids.get(String(row.title))!
        PATHS[outcome]!.forEach(([action, from, to], order) => {
          const at = action === 'auto_publish' ? publishAt : start + order * HOUR
          const by = action === 'submit' ? row.author : action === 'auto_publish' ? null : reviewer()
          history.push({
            _order: order + 1,
            _parentID: story,
            id: `${story}-${order}`,
            action,
            from,
            to,
            by,
            at: iso(at),
          })
        })
        if (outcome !== 'published' && outcome !== 'scheduled') continue
        for (const channel of channels) {
          posts.push({
            label: `${String(row.title).slice(0, 60)} → ${channel === page.channels.localFeed ? 'trang tin' : 'Facebook'}`,
            story,
            channel,
            page: page.id,
            state: outcome === 'published' ? 'published' : 'queued',
            scheduledFor: iso(outcome === 'published' ? publishAt - 30 * MINUTE : publishAt),
            publishedAt: outcome === 'published' ? iso(publishAt) : null,
            externalId: outcome === 'published' ? `seed_${story}_${channel}` : null,
            attempts: outcome === 'published' ? 1 : 0,
            reconcileRetries: 0,
            createdAt: iso(start),
            updatedAt: iso(publishAt),
          })
        }
      }
      await batches(tx, stories_history, history)
      await batches(tx, publications, posts)

      // Comments: answered within minutes to hours; the last day's still partly open.
      const items: Row[] = []
      const answered: number[] = []
      for (let day = options.days - 1; day >= 0; day -= 1) {
        const count = Math.round(commentsPerDay * (0.5 + random()))
        for (let comment = 0; comment < count; comment += 1) {
          const receivedAt = now - day * DAY - Math.floor(random() * DAY)
          const open = now - receivedAt < 6 * HOUR && random() < 0.5
          const state = open ? pick(random, ['new', 'assigned']) : random() < 0.9 ? 'replied' : 'closed'
          items.push({
            kind: 'comment',
            text: pick(random, COMMENTS),
            from_senderId: String(100000 + Math.floor(random() * 900000)),
            from_name: 'Người dân',
            externalId: `seed-${page.slug}-${items.length + 1}`,
            facebookPageId: null,
            receivedAt: iso(receivedAt),
            assignee: state === 'new' ? null : pick(random, people.duty),
            state,
            dueAt: iso(receivedAt + 30 * MINUTE),
            page: page.id,
            createdAt: iso(receivedAt),
            updatedAt: iso(receivedAt),
          })
          answered.push(state === 'replied' ? receivedAt + Math.floor((5 + random() * 115) * MINUTE) : 0)
        }
      }
      const replies: Row[] = []
      for (let start = 0; start < items.length; start += 400) {
        const returned = await tx
          .insert(inbox)
          .values(items.slice(start, start + 400))
          .returning({ id: inbox.id, externalId: inbox.externalId })
        const byExternal = new Map(returned.map((item) => [String(item.externalId), item.id as Id]))
        items.slice(start, start + 400).forEach((item, offset) => {
          const at = answered[start + offset]!
          if (!at) return
          const parent = byExternal.get(String(item.externalId))!
          replies.push({
            _order: 1,
            _parentID: parent,
            id: `r-${String(parent)}`,
            text: 'Cảm ơn bạn đã quan tâm, trang sẽ trả lời sớm.',
            by: item.assignee,
            at: iso(at),
          })
        })
      }
      await batches(tx, inbox_replies, replies)
      rows.stories += planned.length
      rows.history += history.length
      rows.publications += posts.length
      rows.inbox += items.length
      rows.replies += replies.length
    })
    const seconds = (performance.now() - started) / 1000
    const total = Object.values(rows).reduce((sum, value) => sum + value, 0)
    log(
      `  [${String(index + 1).padStart(2)}/${pages.length}] ${page.slug}: ${rows.stories} bài, ${total} dòng ` +
        `(${Math.round(total / seconds)} dòng/s)`,
    )
  }
  return { pages: pages.length, skippedPages, rows, seconds: (performance.now() - started) / 1000 }
}
