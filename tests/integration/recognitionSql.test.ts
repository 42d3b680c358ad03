import { contributionsOf } from '../../src/recognition/contributions'
import type { Contributor } from '../../src/recognition/scoring'
import { uploadPhoto } from '../helpers/media'
import { makeMember, makePage } from '../helpers/pages'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'

type Id = string | number

let newsroom: TestNewsroom
let pageA: Id
let pageB: Id
let m: Record<'an' | 'binh' | 'cuong' | 'dung', Id>

const utc = (local: string) => new Date(`${local}+07:00`).toISOString()
const create = async (collection: string, page: Id, data: Record<string, unknown>) =>
  (
    (await newsroom.payload.create({
      collection: collection as never,
      data: { ...data, page } as never,
      depth: 0,
    })) as { id: Id }
  ).id

const byId = (rows: Contributor[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id))
const counts = (rows: Contributor[]) => Object.fromEntries(rows.map((row) => [row.id, row.counts]))
const of = (stories: number, photos: number, shared: number, reacted: number, commented: number, entries: number) => ({
  stories,
  photos,
  shared,
  reacted,
  commented,
  contestEntries: entries,
})

/**
 * Page A, November 2026 (Vietnam time), by hand:
 * - An (U1, login `authorA`): stories published 05/11 (photos 1, 2) and 20/11 (photo 2 again, photo 3
 *   uploaded by a login with no member record) → 2 stories, 2 photos; a draft and a story published 01/12 do not count;
 *   shared + reacted; entries submitted (counts), withdrawn and rejected (do not).
 * - Bình (U1): shared; reacted 31/10 23:30 (October, out); a scored entry.
 * - Cường (U2): reacted + commented; an approved entry.
 * Page B's Dũng (login `authorB`) has a story, an action and an entry: none in page A's figures.
 */
beforeAll(async () => {
  newsroom = await startNewsroom()
  pageA = (await makePage(newsroom, 'Xa Mot')).id
  pageB = (await makePage(newsroom, 'Xa Hai')).id
  const authorA = await makeMember(newsroom, [{ page: pageA, roles: ['collaborator'] }])
  const authorB = await makeMember(newsroom, [{ page: pageB, roles: ['collaborator'] }])
  const boardA = await makeMember(newsroom, [{ page: pageA, roles: ['board'] }])
  const unit = async (name: string) =>
    (await newsroom.payload.create({ collection: 'units', data: { name } as never, depth: 0 })).id as Id
  const U1 = await unit('Chi bộ Ấp 1')
  const U2 = await unit('Chi bộ Ấp 2')
  m = {
    an: await create('members', pageA, { fullName: 'Nguyễn Văn An', unit: U1, user: authorA.id }),
    binh: await create('members', pageA, { fullName: 'Trần Thị Bình', unit: U1 }),
    cuong: await create('members', pageA, { fullName: 'Lê Văn Cường', unit: U2 }),
    dung: await create('members', pageB, { fullName: 'Phạm Văn Dũng', unit: U2, user: authorB.id }),
  }
  const [p1, p2, p3] = [
    (await uploadPhoto(newsroom, authorA, { seed: 1 })).id,
    (await uploadPhoto(newsroom, authorA, { seed: 2 })).id,
    (await uploadPhoto(newsroom, boardA, { seed: 3 })).id,
  ]
  const story = (page: Id, author: Id, stage: string, local: string, photos: Id[] = []) =>
    create('stories', page, { title: `Bài ${local}`, author, stage, stageChangedAt: utc(local), photos })
  await story(pageA, authorA.id, 'published', '2026-11-05T09:00:00', [p1, p2])
  await story(pageA, authorA.id, 'published', '2026-11-20T09:00:00', [p2, p3])
  await story(pageA, authorA.id, 'draft', '2026-11-21T09:00:00', [p1])
  await story(pageA, authorA.id, 'published', '2026-12-01T00:30:00')
  await story(pageB, authorB.id, 'published', '2026-11-06T09:00:00')

  const campaignIn = async (page: Id) => {
    const channel = await create('channels', page, { name: `Trang tin ${String(page)}`, kind: 'local_feed' })
    const shared = await create('stories', page, { title: 'Bài chiến dịch', author: boardA.id, stage: 'published' })
    const publication = await create('publications', page, {
      story: shared,
      channel,
      state: 'published',
      scheduledFor: utc('2026-10-30T08:00:00'),
    })
    return create('campaigns', page, {
      title: 'Chiến dịch tháng 11',
      publication,
      startsAt: utc('2026-10-30T08:00:00'),
      endsAt: utc('2026-12-30T08:00:00'),
    })
  }
  const campaignA = await campaignIn(pageA)
  const campaignB = await campaignIn(pageB)
  const action = (page: Id, campaign: Id, member: Id, kind: string, local: string) =>
    create('campaign-actions', page, { campaign, member, kind, at: utc(local), source: 'tap' })
  await action(pageA, campaignA, m.an, 'shared', '2026-11-02T10:00:00')
  await action(pageA, campaignA, m.an, 'reacted', '2026-11-02T10:01:00')
  await action(pageA, campaignA, m.binh, 'shared', '2026-11-03T10:00:00')
  await action(pageA, campaignA, m.binh, 'reacted', '2026-10-31T23:30:00')
  await action(pageA, campaignA, m.cuong, 'reacted', '2026-11-30T23:30:00')
  await action(pageA, campaignA, m.cuong, 'commented', '2026-11-15T08:00:00')
  await action(pageB, campaignB, m.dung, 'shared', '2026-11-03T10:00:00')

  const contest = async (page: Id) =>
    create('contests', page, {
      title: 'Ảnh đẹp quê hương',
      slug: `anh-dep-${String(page)}`,
      opensAt: utc('2026-11-01T00:00:00'),
      closesAt: utc('2026-11-30T00:00:00'),
    })
  const contestA = await contest(pageA)
  const contestB = await contest(pageB)
  let number = 0
  const entry = (page: Id, contestId: Id, member: Id, stage: string, local: string) =>
    newsroom.payload.db.create({
      collection: 'contest-entries',
      data: {
        contest: contestId,
        number: ++number,
        title: `Bài dự thi ${number}`,
        member,
        stage,
        createdAt: utc(local),
        page,
      },
    })
  await entry(pageA, contestA, m.an, 'submitted', '2026-11-10T08:00:00')
  await entry(pageA, contestA, m.an, 'withdrawn', '2026-11-11T08:00:00')
  await entry(pageA, contestA, m.an, 'rejected', '2026-11-12T08:00:00')
  await entry(pageA, contestA, m.binh, 'scored', '2026-11-13T08:00:00')
  await entry(pageA, contestA, m.cuong, 'approved', '2026-11-14T08:00:00')
  await entry(pageB, contestB, m.dung, 'submitted', '2026-11-10T08:00:00')
})
afterAll(async () => {
  await newsroom?.stop()
})

describe('contributions counted by the database', () => {
  test('page A in November: the SQL path equals the hand-computed counts and the local-API path', async () => {
    const sql = byId(await contributionsOf(newsroom.payload, pageA, '2026-11-01', '2026-12-01'))
    const local = byId(await contributionsOf(newsroom.payload, pageA, '2026-11-01', '2026-12-01', 'localApi'))
    expect(counts(sql)).toEqual({
      [String(m.an)]: of(2, 2, 1, 1, 0, 1),
      [String(m.binh)]: of(0, 0, 1, 0, 0, 1),
      [String(m.cuong)]: of(0, 0, 0, 1, 1, 1),
    })
    expect(sql.map((row) => row.name).sort()).toEqual(['Lê Văn Cường', 'Nguyễn Văn An', 'Trần Thị Bình'])
    expect(sql).toEqual(local)
  })

  test('a wider period and the other page agree on both paths too', async () => {
    const both = async (page: Id, from: string, to: string) => [
      byId(await contributionsOf(newsroom.payload, page, from, to)),
      byId(await contributionsOf(newsroom.payload, page, from, to, 'localApi')),
    ]
    const [quarter, quarterLocal] = await both(pageA, '2026-10-01', '2027-01-01')
    expect(counts(quarter)[String(m.an)]).toEqual(of(3, 2, 1, 1, 0, 1))
    expect(counts(quarter)[String(m.binh)]).toEqual(of(0, 0, 1, 1, 0, 1))
    expect(quarter).toEqual(quarterLocal)
    const [b, bLocal] = await both(pageB, '2026-11-01', '2026-12-01')
    expect(counts(b)).toEqual({ [String(m.dung)]: of(1, 0, 1, 0, 0, 1) })
    expect(b).toEqual(bLocal)
    const [empty, emptyLocal] = await both(pageA, '2027-01-01', '2027-02-01')
    expect(empty.every((row) => Object.values(row.counts).every((n) => n === 0))).toBe(true)
    expect(empty).toEqual(emptyLocal)
  })
})
