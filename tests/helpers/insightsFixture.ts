import type { Payload } from 'payload'

type Id = string | number

/**
 * A small newsroom month with figures computed by hand (November 2026, Vietnam time):
 *
 * | story | area | format   | author | unit | published (local) | reach          | engagement       |
 * |-------|------|----------|--------|------|-------------------|----------------|------------------|
 * | S1    | A    | news     | c1     | U1   | 03/11 08:15       | 400 + 50 = 450 | 30 + 5 + 2 = 37  |
 * | S2    | A    | photo    | c2     | U2   | 05/11 20:00       | 1 000          | 100 + 20 + 10    |
 * | S3    | B    | rebuttal | c1     | U1   | 10/11 09:30       | 3 000          | 50               |
 * | S4    | B    | news     | c2     | U2   | 20/11 14:00       | 600            | 0                |
 * | S6    | A    | news     | c1     | U1   | 25/11 10:00       | 0 (no rows)    | 0                |
 * | S5    | A    | news     | c1     | U1   | 28/10 (outside)   | 99 999         |                  |
 *
 * S1 went out on two channels. Rows after 30/11 (S1 reaching 900 on 02/12) are outside the period.
 * The rebuttal S3 answers an inbox item received 10/11 07:00, so it took 150 minutes; area B's
 * median reach is (600 + 3000) / 2 = 1800. Followers: 33 000 on 31/10, 33 500 on 30/11 → +500.
 * Inbox: d1 answered in 20 and 60 minutes (median 40), d2 has one unanswered item.
 */
export interface InsightsFixture {
  areas: { A: Id; B: Id }
  units: { U1: Id; U2: Id }
  authors: { c1: Id; c2: Id }
  duty: { d1: Id; d2: Id }
  stories: Record<'S1' | 'S2' | 'S3' | 'S4' | 'S5' | 'S6', Id>
  channels: { fb: Id; feed: Id }
}

export const FIXTURE_PERIOD = { from: '2026-11-01', to: '2026-11-30' }

const utc = (local: string) => new Date(`${local}+07:00`).toISOString()

export const seedInsightsFixture = async (
  payload: Payload,
  people: { c1: Id; c2: Id; d1: Id; d2: Id },
): Promise<InsightsFixture> => {
  const create = (collection: string, data: Record<string, unknown>) =>
    payload.create({ collection: collection as never, data: data as never, depth: 0 }) as Promise<{ id: Id }>
  const A = (await create('areas', { name: 'Kinh tế (số liệu)' })).id
  const B = (await create('areas', { name: 'Văn hóa - Xã hội (số liệu)' })).id
  const U1 = (await create('units', { name: 'Chi bộ Ấp 1' })).id
  const U2 = (await create('units', { name: 'Chi bộ Ấp 2' })).id
  await payload.update({ collection: 'users', id: people.c1, data: { unit: U1, name: 'Nguyễn Văn Ánh' } as never })
  await payload.update({ collection: 'users', id: people.c2, data: { unit: U2, name: 'Trần Thị Bình' } as never })
  await payload.update({ collection: 'users', id: people.d1, data: { name: 'Lê Văn Cường' } as never })
  await payload.update({ collection: 'users', id: people.d2, data: { name: 'Phạm Thị Dung' } as never })
  const fb = (await create('channels', { name: 'Trang số liệu', kind: 'local_feed' })).id
  const feed = (await create('channels', { name: 'Trang tin số liệu', kind: 'local_feed' })).id

  const story = async (title: string, area: Id, format: string, author: Id, local: string) => {
    const id = (
      await create('stories', {
        title,
        area,
        format,
        author,
        stage: 'published',
        submittedAt: utc(`${local.slice(0, 10)}T06:00:00`),
        ...(format === 'rebuttal'
          ? { falseClaim: { text: 'Tin đồn thất thiệt' }, officialSources: [{ url: 'https://example.gov.vn' }] }
          : {}),
      })
    ).id
    return id
  }
  const publication = async (storyId: Id, channel: Id, local: string) =>
    (
      await create('publications', {
        story: storyId,
        channel,
        state: 'published',
        scheduledFor: utc(local),
        publishedAt: utc(local),
      })
    ).id
  const metrics = async (publicationId: Id, storyId: Id, channel: Id, rows: [string, string, number][]) => {
    for (const [metric, day, value] of rows) {
      await create('post-metrics', { publication: publicationId, story: storyId, channel, metric, day, value })
    }
  }
  const reach = 'post_total_media_view_unique'

  const S1 = await story('Mùa lúa mới ở Phú Riềng', A, 'news', people.c1, '2026-11-03T08:15:00')
  const p1 = await publication(S1, fb, '2026-11-03T08:15:00')
  await metrics(p1, S1, fb, [
    [reach, '2026-11-03', 100],
    [reach, '2026-11-04', 250],
    [reach, '2026-11-10', 400],
    [reach, '2026-12-02', 900],
    ['post_media_view', '2026-11-10', 800],
    ['reactions', '2026-11-04', 10],
    ['reactions', '2026-11-10', 30],
    ['comments', '2026-11-10', 5],
    ['shares', '2026-11-10', 2],
  ])
  const p1b = await publication(S1, feed, '2026-11-03T08:20:00')
  await metrics(p1b, S1, feed, [[reach, '2026-11-05', 50]])

  const S2 = await story('Ảnh: Hội thi nông dân giỏi', A, 'photo', people.c2, '2026-11-05T20:00:00')
  const p2 = await publication(S2, fb, '2026-11-05T20:00:00')
  await metrics(p2, S2, fb, [
    [reach, '2026-11-06', 1000],
    ['reactions', '2026-11-06', 100],
    ['comments', '2026-11-06', 20],
    ['shares', '2026-11-06', 10],
  ])

  const S3 = await story('Phản bác tin sai về giá đất', B, 'rebuttal', people.c1, '2026-11-10T09:30:00')
  const p3 = await publication(S3, fb, '2026-11-10T09:30:00')
  await metrics(p3, S3, fb, [
    [reach, '2026-11-11', 3000],
    ['reactions', '2026-11-11', 50],
  ])

  const S4 = await story('Ngày hội đại đoàn kết', B, 'news', people.c2, '2026-11-20T14:00:00')
  const p4 = await publication(S4, fb, '2026-11-20T14:00:00')
  await metrics(p4, S4, fb, [[reach, '2026-11-21', 600]])

  const S5 = await story('Bài tháng trước', A, 'news', people.c1, '2026-10-28T10:00:00')
  const p5 = await publication(S5, fb, '2026-10-28T10:00:00')
  await metrics(p5, S5, fb, [[reach, '2026-11-02', 99_999]])

  const S6 = await story('Bài chưa có số liệu', A, 'news', people.c1, '2026-11-25T10:00:00')
  await publication(S6, fb, '2026-11-25T10:00:00')

  for (const [day, value] of [
    ['2026-10-31', 33_000],
    ['2026-11-01', 33_010],
    ['2026-11-15', 33_200],
    ['2026-11-30', 33_500],
    ['2026-12-01', 34_000],
  ] as const) {
    await create('page-metrics', { channel: fb, metric: 'page_follows', day, value })
  }

  const inbox = (
    n: number,
    assignee: Id,
    received: string,
    replyAt: string | null,
    extra: Record<string, unknown> = {},
  ) =>
    create('inbox', {
      kind: n === 3 ? 'message' : 'comment',
      text: `Bình luận ${n}`,
      externalId: `insights-${n}-${Math.random().toString(36).slice(2)}`,
      receivedAt: received,
      assignee,
      state: replyAt ? 'replied' : 'assigned',
      replies: replyAt ? [{ text: 'Cảm ơn bạn', by: assignee, at: replyAt }] : [],
      ...extra,
    })
  await inbox(1, people.d1, '2026-11-10T00:00:00.000Z', '2026-11-10T00:20:00.000Z', { rebuttal: S3 })
  await inbox(2, people.d1, '2026-11-11T00:00:00.000Z', '2026-11-11T01:00:00.000Z')
  await inbox(3, people.d2, '2026-11-12T00:00:00.000Z', null)
  await inbox(4, people.d2, '2026-10-12T00:00:00.000Z', null)

  return {
    areas: { A, B },
    units: { U1, U2 },
    authors: { c1: people.c1, c2: people.c2 },
    duty: { d1: people.d1, d2: people.d2 },
    stories: { S1, S2, S3, S4, S5, S6 },
    channels: { fb, feed },
  }
}
