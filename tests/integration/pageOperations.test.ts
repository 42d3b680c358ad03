import { loadFeed } from '../../src/app/(frontend)/fanpage/feed'
import { placeOfSlug } from '../../src/app/(frontend)/fanpage/feedPlace'
import { shiftWindow } from '../../src/inbox/dutySlots'
import { escalateOverdue } from '../../src/inbox/escalation'
import { inboxWorkerSettingsFromEnv, processPendingEvents } from '../../src/inbox/worker'
import { DEFAULT_SLOTS } from '../../src/roster/slots'
import { extractEvents } from '../../src/webhooks/events'
import { storeEvents } from '../../src/webhooks/store'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { commentChange, delivery } from '../helpers/facebookWebhooks'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { makeMember, makePageWithTeam, type PageWithTeam } from '../helpers/pages'
import { approvedStory, deliverDue, manualClock, publicationsOf } from '../helpers/publishing'
import { createStory, type Id, storedStory, transition, walk } from '../helpers/stories'

/**
 * Every day-to-day operation stays inside one page of the network: the inbox files an event into
 * the page whose Facebook channel received it and hands it to that page's duty or board, escalation
 * and notifications reach that page's people only, a story goes out only on its own page's channels,
 * and each page's public timeline shows its own posts.
 */

const MINUTE = 60_000
const DAY = '2026-03-02'
const local = (time: string) => new Date(`${DAY}T${time}+07:00`)
const FACEBOOK = { a: '3000111', b: '3000222' }

let newsroom: TestNewsroom
let simulator: GraphSimulator
let a: PageWithTeam
let b: PageWithTeam
/** Duty in A and board in B: must be treated as duty in A's inbox and as nothing in A's board. */
let both: TestUser

const same = (x: unknown, y: unknown) => String(x) === String(y)
const idOf = (value: unknown) => (value && typeof value === 'object' ? (value as { id: Id }).id : value)

const inboxItem = async (externalId: string) =>
  (await newsroom.payload.find({ collection: 'inbox', where: { externalId: { equals: externalId } }, depth: 0 }))
    .docs[0] as any
const noticesOf = async (user: TestUser, kind?: string) =>
  (
    await newsroom.payload.find({
      collection: 'notifications',
      where: kind
        ? { and: [{ user: { equals: user.id } }, { kind: { equals: kind } }] }
        : { user: { equals: user.id } },
      depth: 0,
      limit: 0,
    })
  ).docs as any[]

/** A comment on a Facebook page, stored by the webhook and filed by the inbox loop as of `at`. */
const comment = async (facebookPageId: string, commentId: string, at: Date) => {
  const events = extractEvents(
    delivery(facebookPageId, { changes: [commentChange({ pageId: facebookPageId, commentId })] }),
  )
  await storeEvents(newsroom.payload, events, at)
  await processPendingEvents(newsroom.payload, inboxWorkerSettingsFromEnv({ now: () => at }))
  return inboxItem(commentId)
}

const shiftIn = (page: PageWithTeam, slotName: string, members: TestUser[]) => {
  const slot = DEFAULT_SLOTS.find((candidate) => candidate.name === slotName)!
  const window = shiftWindow(DAY, slot)
  return newsroom.payload.create({
    collection: 'shifts',
    data: {
      page: page.id,
      day: DAY,
      slot: slot.name,
      startsAt: window.startsAt.toISOString(),
      endsAt: window.endsAt.toISOString(),
      members: members.map((member) => member.id),
    } as never,
  })
}

const people = (page: PageWithTeam) => ({
  ctv: page.team.collaborator,
  editor: page.team.editor,
  board: page.team.board,
  area: page.area,
})

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  a = await makePageWithTeam(newsroom, 'Xa A')
  b = await makePageWithTeam(newsroom, 'Xa B')
  both = await makeMember(newsroom, [
    { page: a.id, roles: ['duty'] },
    { page: b.id, roles: ['board'] },
  ])
  for (const [page, facebookPageId, target] of [
    [a, FACEBOOK.a, 15],
    [b, FACEBOOK.b, 45],
  ] as const) {
    await newsroom.payload.create({
      collection: 'channels',
      data: {
        page: page.id,
        name: `Facebook ${page.slug}`,
        kind: 'facebook_page',
        pageId: facebookPageId,
        accessToken: 'EAAB-x',
      } as never,
    })
    await newsroom.payload.update({ collection: 'pages', id: page.id, data: { responseTargetMinutes: target } })
  }
  // The same hours in both pages, each with its own people on them.
  await shiftIn(a, 'Sáng', [a.team.duty, both])
  await shiftIn(b, 'Sáng', [b.team.duty])
})
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})

describe('inbox: filed into the page of the channel, handled by that page', () => {
  test('an event is filed into its page and assigned to the duty member on that page’s shift, with its target', async () => {
    const at = local('07:00:00')
    const first = await comment(FACEBOOK.a, 'a_1', at)
    const second = await comment(FACEBOOK.a, 'a_2', new Date(at.getTime() + MINUTE))
    const third = await comment(FACEBOOK.b, 'b_1', at)

    expect(same(first.page, a.id) && same(second.page, a.id)).toBe(true)
    expect(same(third.page, b.id)).toBe(true)
    // A's morning shift, round-robin: its duty member, then the member who is duty in A (and board in B).
    expect([first.assignee, second.assignee].map(String)).toEqual([String(a.team.duty.id), String(both.id)])
    expect(same(third.assignee, b.team.duty.id)).toBe(true)
    expect(new Date(first.dueAt).getTime()).toBe(at.getTime() + 15 * MINUTE)
    expect(new Date(third.dueAt).getTime()).toBe(at.getTime() + 45 * MINUTE)

    const events = (await newsroom.payload.find({ collection: 'webhook-events', depth: 0, limit: 0 })).docs as any[]
    const eventOf = (id: string) => events.find((event) => event.dedupeKey.includes(`:${id}:`))
    expect(same(eventOf('a_1').page, a.id) && same(eventOf('b_1').page, b.id)).toBe(true)
    // The assignee's notice belongs to the item's page.
    const [notice] = (await noticesOf(a.team.duty, 'inbox_assigned')).filter((row) => row.link.endsWith(`/${first.id}`))
    expect(same(notice.page, a.id)).toBe(true)
  })

  test('outside the page’s slots its own least loaded board member answers, never another page’s board', async () => {
    const night = local('23:00:00')
    const items = [await comment(FACEBOOK.a, 'a_n1', night), await comment(FACEBOOK.a, 'a_n2', night)]
    // `both` is board in B only: A's only board member takes every item, however loaded.
    for (const item of items) expect(same(item.assignee, a.team.board.id)).toBe(true)
    const fromB = await comment(FACEBOOK.b, 'b_n1', night)
    expect([String(b.team.board.id), String(both.id)]).toContain(String(fromB.assignee))
  })

  test('an overdue item escalates to its own page’s board only', async () => {
    const at = local('08:00:00')
    const item = await comment(FACEBOOK.a, 'a_late', at)
    const before = {
      aBoard: await noticesOf(a.team.board, 'inbox_overdue'),
      both: await noticesOf(both, 'inbox_overdue'),
    }
    expect(await escalateOverdue(newsroom.payload, new Date(at.getTime() + 16 * MINUTE))).toBeGreaterThan(0)
    expect((await inboxItem('a_late')).state).toBe('escalated')

    const toA = (await noticesOf(a.team.board, 'inbox_overdue')).filter((row) => row.link.endsWith(`/${item.id}`))
    expect(toA).toHaveLength(1)
    expect(same(toA[0].page, a.id)).toBe(true)
    expect((await noticesOf(a.team.board, 'inbox_overdue')).length).toBeGreaterThan(before.aBoard.length)
    const toOthers = [
      ...(await noticesOf(b.team.board, 'inbox_overdue')),
      ...(await noticesOf(both, 'inbox_overdue')),
    ].filter((row) => row.link.endsWith(`/${item.id}`))
    expect(toOthers).toEqual([])
    expect(before.both).toEqual([])
  })
})

describe('inbox: handing an item over stays in its page', () => {
  test('the board hands an item to its own page’s duty member, never to another page’s', async () => {
    const item = await comment(FACEBOOK.a, 'a_hand', local('23:30:00'))
    // On both boards: sees B's people, yet may not give them A's items.
    const bothBoards = await makeMember(newsroom, [
      { page: a.id, roles: ['board'] },
      { page: b.id, roles: ['board'] },
    ])
    const handTo = (by: TestUser, user: TestUser) =>
      newsroom.api('PATCH', `/api/inbox/${item.id}`, { token: by.token, json: { assignee: user.id } })
    const refused = await handTo(bothBoards, b.team.duty)
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data).toMatchObject({ code: 'assignee_other_page', errors: [{ path: 'assignee' }] })
    // A's own board does not even find B's member.
    expect((await handTo(a.team.board, b.team.duty)).status).toBe(400)
    expect(same((await inboxItem('a_hand')).assignee, item.assignee)).toBe(true)
    expect((await handTo(a.team.board, a.team.duty)).status).toBe(200)
    expect(same((await inboxItem('a_hand')).assignee, a.team.duty.id)).toBe(true)
  })
})

describe('roster: one page at a time', () => {
  const week = (user: TestUser, query = '') =>
    newsroom.api('GET', `/api/shifts/week?tuan=${DAY}${query}`, { token: user.token })

  test('a page’s roster holds its own shifts and people; another page’s is refused', async () => {
    const own = await week(a.team.board)
    expect(own.status).toBe(200)
    expect(same(own.body.page, a.id)).toBe(true)
    const morning = own.body.cells.find((cell: any) => cell.day === DAY && cell.slot === 'Sáng')
    expect(morning.members.map((member: any) => String(member.id)).sort()).toEqual(
      [String(a.team.duty.id), String(both.id)].sort(),
    )
    expect((await week(a.team.board, `&page=${b.id}`)).status).toBe(403)
    // Board in B: reads B's roster, not A's through that role.
    expect(same((await week(both, `&page=${b.id}`)).body.page, b.id)).toBe(true)
    const bMorning = (await week(both, `&page=${b.id}`)).body.cells.find(
      (cell: any) => cell.day === DAY && cell.slot === 'Sáng',
    )
    expect(bMorning.members.map((member: any) => String(member.id))).toEqual([String(b.team.duty.id)])
  })

  test('only members with the duty role in that page go on its shifts', async () => {
    const put = (members: Id[]) =>
      newsroom.api('POST', '/api/shifts/week', {
        token: a.team.board.token,
        json: { page: a.id, week: DAY, assignments: [{ day: '2026-03-03', slot: 'Chiều', members }] },
      })
    const refused = await put([b.team.duty.id])
    expect(refused.status).toBe(400)
    expect(refused.body.errors[0].data.code).toBe('not_duty_member')
    expect((await put([a.team.duty.id])).status).toBe(200)
    const rows = await newsroom.payload.find({
      collection: 'shifts',
      where: { day: { equals: '2026-03-03' } },
      depth: 0,
    })
    expect(rows.docs.map((row: any) => String(row.page))).toEqual([String(a.id)])
  })
})

describe('notifications: chosen within the story’s page', () => {
  test('submit tells the page’s area editor, forward its board: never a board member of another page', async () => {
    // An editor of A's area who is board in B: board notices of A must not reach them.
    const editorAndOtherBoard = await makeMember(
      newsroom,
      [
        { page: a.id, roles: ['editor'] },
        { page: b.id, roles: ['board'] },
      ],
      { areas: [a.area] },
    )
    const story = await createStory(newsroom, a.team.collaborator, { title: 'Tin xã A', area: a.area })
    await walk(newsroom, story, [
      [a.team.collaborator, 'submit'],
      [a.team.editor, 'claim'],
      [a.team.editor, 'forward'],
    ])
    const about = (rows: any[]) => rows.filter((row) => String(row.link ?? '').endsWith(`/stories/${story}`))
    expect(about(await noticesOf(a.team.editor, 'queue_entered'))).toHaveLength(1)
    const forwarded = about(await noticesOf(a.team.board, 'queue_entered'))
    expect(forwarded).toHaveLength(1)
    expect(same(forwarded[0].page, a.id)).toBe(true)
    expect(about(await noticesOf(b.team.board))).toEqual([])
    expect(about(await noticesOf(both))).toEqual([])
    // Told once, as A's area editor at submit; nothing as B's board at forward.
    expect(about(await noticesOf(editorAndOtherBoard))).toHaveLength(1)
  })
})

describe('delivery: a story goes out on its own page’s channels, and shows on its own page', () => {
  test('scheduling onto another page’s channel is refused with a code and changes nothing', async () => {
    const story = await approvedStory(newsroom, people(a), { title: 'Tin chỉ của xã A' })
    const before = await storedStory(newsroom, story)
    // A's board, and someone on the board of both pages, who can see B's channel.
    const bothBoards = await makeMember(newsroom, [
      { page: a.id, roles: ['board'] },
      { page: b.id, roles: ['board'] },
    ])
    // Someone outside B is told the channel does not exist (no probing of B's documents).
    const outsider = await transition(newsroom, a.team.board, story, {
      action: 'publish_now',
      channels: [b.docs.channels],
    })
    expect([outsider.status, outsider.body.errors[0].data.code]).toEqual([400, 'related_not_found'])
    const member = await transition(newsroom, bothBoards, story, { action: 'publish_now', channels: [b.docs.channels] })
    expect(member.status).toBe(400)
    expect(['channel_other_page', 'link_other_page']).toContain(member.body.errors[0].data.code)
    const after = await storedStory(newsroom, story)
    expect(after.stage).toBe('approved')
    expect(after.updatedAt).toBe(before.updatedAt)
    expect(await publicationsOf(newsroom, story)).toEqual([])
  })

  test('each page’s timeline at /p/<slug> shows only what its own channels published', async () => {
    const storyA = await approvedStory(newsroom, people(a), { title: 'Đường mới ở xã A' })
    const storyB = await approvedStory(newsroom, people(b), { title: 'Trường mới ở xã B' })
    expect(
      (await transition(newsroom, a.team.board, storyA, { action: 'publish_now', channels: [a.docs.channels] })).status,
    ).toBe(200)
    expect(
      (await transition(newsroom, b.team.board, storyB, { action: 'publish_now', channels: [b.docs.channels] })).status,
    ).toBe(200)
    // The engine's clock a minute past what publish_now queued, so both posts are due.
    await deliverDue(newsroom, simulator, manualClock(new Date(Date.now() + 60_000)))

    // Each publication carries its story's page and went out on that page's channel.
    for (const [story, page] of [
      [storyA, a],
      [storyB, b],
    ] as const) {
      const [publication] = await publicationsOf(newsroom, story)
      expect(publication).toMatchObject({ state: 'published', externalId: `local-${publication!.id}` })
      expect(same(publication!.page, page.id) && same(idOf(publication!.channel), page.docs.channels)).toBe(true)
    }

    const feedOf = async (page: PageWithTeam) => {
      const place = await placeOfSlug(newsroom.payload, page.slug)
      expect(place).toMatchObject({ basePath: `/p/${page.slug}`, photoBase: `/p/${page.slug}/anh` })
      return loadFeed(newsroom.payload, { place })
    }
    // Each page's fixture already has one published post: the one its share campaign points at.
    const campaignStoryOf = async (page: PageWithTeam) => {
      const campaign = await newsroom.payload.findByID({ collection: 'campaigns', id: page.docs.campaigns, depth: 0 })
      const publication = await newsroom.payload.findByID({
        collection: 'publications',
        id: idOf(campaign.publication) as Id,
        depth: 0,
      })
      return String(idOf(publication.story as never))
    }
    const storiesOf = async (page: PageWithTeam) => (await feedOf(page)).posts.map((post) => post.storyId).sort()
    expect(await storiesOf(a)).toEqual([String(storyA), await campaignStoryOf(a)].sort())
    expect(await storiesOf(b)).toEqual([String(storyB), await campaignStoryOf(b)].sort())
    const feedA = await feedOf(a)
    expect(feedA.pageName).toBe('Xa A')
    // The district page's own timeline (/ and /fanpage) has neither.
    expect((await loadFeed(newsroom.payload)).posts.map((post) => post.storyId)).not.toEqual(
      expect.arrayContaining([String(storyA)]),
    )
    expect(await placeOfSlug(newsroom.payload, 'khong-co-trang-nay')).toBeNull()
  })
})
