/**
 * Sharing between the pages of the network (issue 9), over HTTP: a grassroots board proposes a story
 * up to its district page, the district board offers a story down to its grassroots pages, whose
 * boards accept or decline; credits reach the published text through the real delivery; the history
 * of both stories tells where each came from and went; nobody reaches another page's story.
 */
import { WORKFLOW_TRANSITION } from '../../hooks/stories/context'
import { loadFeed } from '../../src/app/(frontend)/fanpage/feed'
import { placeOfSlug } from '../../src/app/(frontend)/fanpage/feedPlace'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom, type TestUser } from '../helpers/newsroom'
import { type PageWithTeam, districtPage, makeMember, makePageWithTeam } from '../helpers/pages'
import { PAGE_ID, createFacebookChannel, deliverDue, manualClock, publicationsOf } from '../helpers/publishing'
import { createStory, type Id, storedStory, transition, walk } from '../helpers/stories'

let newsroom: TestNewsroom
let simulator: GraphSimulator
let district: { id: Id; name: string; area: Id; board: TestUser; board2: TestUser; editor: TestUser; ctv: TestUser }
let a: PageWithTeam
let b: PageWithTeam
/** A grassroots page of another district: never a target of this district's board. */
let elsewhere: PageWithTeam
let facebook: Id

const share = (user: TestUser | null, story: Id, body: unknown) =>
  newsroom.api('POST', `/api/stories/${story}/share`, { token: user?.token, json: body })
const reply = (user: TestUser, story: Id, body: unknown) =>
  newsroom.api('POST', `/api/stories/${story}/offer`, { token: user.token, json: body })
const codeOf = (response: { body: any }) => response.body?.errors?.[0]?.data?.code

/** The stories made by sharing `source`, read without access control. */
const sharesOf = async (source: Id) =>
  (
    await newsroom.payload.find({
      collection: 'stories',
      where: { 'origin.story': { equals: String(source) } },
      depth: 0,
      limit: 0,
      sort: 'createdAt',
    })
  ).docs as Record<string, any>[]

const shareIn = async (source: Id, page: Id) =>
  (await sharesOf(source)).find((doc) => String(doc.page) === String(page))!

/** A story of a grassroots page with a photo, taken to `approved` by its own team. */
const approvedInPage = async (page: PageWithTeam, title: string) => {
  const photo = await uploadPhoto(newsroom, page.team.collaborator, {
    seed: 7,
    caption: 'Lúa chín',
    credit: 'Lê Văn Ảnh',
  })
  const id = await createStory(newsroom, page.team.collaborator, {
    title,
    summary: 'Sa-pô của xã',
    area: page.area,
    photos: [photo.id],
  })
  await walk(newsroom, id, [
    [page.team.collaborator, 'submit'],
    [page.team.editor, 'claim'],
    [page.team.editor, 'forward'],
    [page.team.board, 'approve'],
  ])
  return { id, photo }
}

/** A district story taken to `approved` by the district's team. */
const approvedInDistrict = async (title: string) => {
  const id = await createStory(newsroom, district.ctv, { title, area: district.area })
  await walk(newsroom, id, [
    [district.ctv, 'submit'],
    [district.editor, 'claim'],
    [district.editor, 'forward'],
    [district.board, 'approve'],
  ])
  return id
}

/** The titles of a user's `share_received` notices that point at `story`, read as that user. */
const shareNotices = async (user: TestUser, story: Id) =>
  (
    await newsroom.api('GET', '/api/notifications?where[kind][equals]=share_received&depth=0&limit=100', {
      token: user.token,
    })
  ).body.docs
    .filter((doc: { link: string }) => doc.link.endsWith(`/collections/stories/${story}`))
    .map((doc: { title: string }) => doc.title)

const historyOf = async (id: Id) => ((await storedStory(newsroom, id)).history ?? []) as Record<string, any>[]

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  const districtId = await districtPage(newsroom)
  const page = await newsroom.payload.findByID({ collection: 'pages', id: districtId, depth: 0 })
  const area = (
    await newsroom.payload.create({ collection: 'areas', data: { name: 'Thời sự huyện', page: districtId } as never })
  ).id as Id
  const member = (roles: ('collaborator' | 'editor' | 'board')[], name: string, areas: Id[] = []) =>
    makeMember(newsroom, [{ page: districtId, roles }], { name, areas })
  district = {
    id: districtId,
    name: String(page.name),
    area,
    board: await member(['board'], 'Trần Huyện Một'),
    board2: await member(['board'], 'Lê Huyện Hai'),
    editor: await member(['editor'], 'Biên Tập Huyện', [area]),
    ctv: await member(['collaborator'], 'Phóng Viên Huyện'),
  }
  a = await makePageWithTeam(newsroom, 'Xa A', districtId)
  b = await makePageWithTeam(newsroom, 'Xa B', districtId)
  const otherDistrict = await newsroom.payload.create({
    collection: 'pages',
    data: { name: 'Huyện khác', slug: 'huyen-khac', level: 'district' } as never,
  })
  elsewhere = await makePageWithTeam(newsroom, 'Xa Khac', otherDistrict.id)
  // An admin's channel lands in the district page.
  facebook = await createFacebookChannel(newsroom, await newsroom.makeUser(['admin']), simulator)
  await newsroom.payload.create({
    collection: 'channels',
    data: { name: 'Trang huyện (xem trước)', kind: 'local_feed', page: districtId } as never,
  })
  // Three pages with their teams and documents: minutes on a loaded machine.
}, 240_000)
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})

describe('share up: a grassroots board proposes a story to its district page', () => {
  let source: { id: Id; photo: { id: Id } }
  let shared: Record<string, any>

  beforeAll(async () => {
    source = await approvedInPage(a, 'Xã A gặt lúa sớm')
    // What was approved is what goes up: a caption an admin changes afterwards (confirming) stays behind.
    const admin = await newsroom.makeUser(['admin'])
    const changed = await newsroom.api('PATCH', `/api/media/${source.photo.id}`, {
      token: admin.token,
      json: { caption: 'Chú thích sửa sau khi duyệt', confirmFrozenChange: true },
    })
    expect(changed.status).toBe(200)
    expect(changed.body.doc.caption).toBe('Chú thích sửa sau khi duyệt')
  })

  test('the proposal makes a story in the district page at `submitted`, from the approved version', async () => {
    const response = await share(a.team.board, source.id, { to: 'parent', area: district.area })
    expect(response.status).toBe(201)
    expect(response.body).toEqual({ direction: 'up', shared: [{ page: district.id, pageName: district.name }] })

    shared = await shareIn(source.id, district.id)
    expect(shared).toMatchObject({
      title: 'Xã A gặt lúa sớm',
      summary: 'Sa-pô của xã',
      stage: 'submitted',
      area: district.area,
      format: 'news',
      origin: {
        direction: 'up',
        page: a.id,
        pageName: 'Xa A',
        story: String(source.id),
        authorName: 'Xa A collaborator',
        sharedBy: a.team.board.id,
        sharedByName: 'Xa A board',
      },
    })
    expect(shared.offer?.state ?? null).toBeNull()
    // New media documents of the district page, made from the kept copies, caption and credit as approved.
    expect(shared.photos).toHaveLength(1)
    expect(String(shared.photos[0])).not.toBe(String(source.photo.id))
    const photo = await newsroom.payload.findByID({ collection: 'media', id: shared.photos[0], depth: 0 })
    expect(photo).toMatchObject({ caption: 'Lúa chín', credit: 'Lê Văn Ảnh', page: district.id })
  })

  test('the district board and the area’s editor are told; nobody of the proposing page is', async () => {
    for (const user of [district.board, district.board2, district.editor]) {
      expect(await shareNotices(user, shared.id)).toEqual(['Trang “Xa A” gửi bài “Xã A gặt lúa sớm” lên trang huyện'])
    }
    for (const user of [district.ctv, a.team.board, a.team.editor, b.team.board]) {
      expect(await shareNotices(user, shared.id)).toEqual([])
    }
  })

  test('the district sees it in its queue; the proposer does not read it', async () => {
    const queue = await newsroom.api('GET', '/api/stories?where[stage][equals]=submitted&depth=0&limit=100', {
      token: district.editor.token,
    })
    expect(queue.body.docs.map((doc: { id: Id }) => String(doc.id))).toContain(String(shared.id))
    const workflow = await newsroom.api('GET', `/api/stories/${shared.id}/workflow`, { token: district.editor.token })
    expect(workflow.body.actions).toContain('claim')
    for (const user of [a.team.board, a.team.collaborator, b.team.board]) {
      expect((await newsroom.api('GET', `/api/stories/${shared.id}`, { token: user.token })).status).toBe(404)
      expect((await newsroom.api('GET', `/api/stories/${shared.id}/share`, { token: user.token })).status).toBe(404)
    }
  })

  test('both histories tell where it came from and went', async () => {
    expect((await historyOf(source.id)).at(-1)).toMatchObject({
      action: 'shared_up',
      from: 'approved',
      to: 'approved',
      by: a.team.board.id,
      otherPage: district.name,
    })
    expect(await historyOf(shared.id)).toEqual([
      expect.objectContaining({ action: 'shared_in', from: 'submitted', to: 'submitted', otherPage: 'Xa A' }),
    ])
    const options = await newsroom.api('GET', `/api/stories/${shared.id}/share`, { token: district.board.token })
    expect(options.body.origin).toMatchObject({ pageName: 'Xa A', authorName: 'Xa A collaborator' })
  })

  test('proposing the same story twice is 409, and nothing more is made', async () => {
    const again = await share(a.team.board, source.id, { to: 'parent' })
    expect(again.status).toBe(409)
    expect(codeOf(again)).toBe('share_duplicate')
    expect(await sharesOf(source.id)).toHaveLength(1)
  })

  test('the district reviews it as usual, and the credit line reaches the published text', async () => {
    await walk(newsroom, shared.id, [
      [district.editor, 'claim'],
      [district.editor, 'forward'],
      [district.board, 'approve'],
      [district.board, 'publish_now', { channels: [facebook] }],
    ])
    await deliverDue(newsroom, simulator, manualClock(new Date(Date.now() + 60_000)))
    const [publication] = await publicationsOf(newsroom, shared.id)
    expect(publication!.state).toBe('published')
    const post = simulator.posts(PAGE_ID).find((candidate) => candidate.id === publication!.externalId)!
    // The Graph simulator keeps the form's line breaks as sent (CRLF).
    const message = (post.message ?? '').replace(/\r\n/g, '\n')
    expect(message).toMatch(/^Xã A gặt lúa sớm\n\nẢnh: Lê Văn Ảnh\nNguồn: Xa A — Xa A collaborator\n\nref: /)
  })
})

describe('share up: who may, from where, to where', () => {
  let story: Id

  beforeAll(async () => {
    story = (await approvedInPage(a, 'Xã A làm đường')).id
  })

  test.each([
    ['the author (collaborator)', () => a.team.collaborator, 403, 'not_permitted'],
    ['the area editor', () => a.team.editor, 403, 'not_permitted'],
    ['the board of another page', () => b.team.board, 404, 'story_not_found'],
    ['the district board', () => district.board, 404, 'story_not_found'],
  ])('%s cannot share it', async (_who, user, status, code) => {
    const response = await share(user(), story, { to: 'parent' })
    expect(response.status).toBe(status)
    expect(codeOf(response)).toBe(code)
  })

  test('signed out: 401', async () => {
    expect((await share(null, story, { to: 'parent' })).status).toBe(401)
  })

  test('a grassroots board targets its own parent only: a sibling, another district, its own page are refused', async () => {
    for (const target of [b.id, elsewhere.id, a.id]) {
      const response = await share(a.team.board, story, { to: [target] })
      expect(response.status).toBe(403)
      expect(codeOf(response)).toBe('share_target_not_allowed')
    }
  })

  test('bad input is a 400 with a Vietnamese message and an English code, and changes nothing', async () => {
    for (const body of [{}, { to: [] }, { to: 'children' }, { to: [{ id: 1 }] }]) {
      const response = await share(a.team.board, story, body)
      expect(response.status).toBe(400)
      expect(codeOf(response)).toBe('share_target_required')
      expect(response.body.errors[0].message).toMatch(/chia sẻ/)
    }
    // An area of another page (the grassroots page's own) is not one of the district's.
    const wrongArea = await share(a.team.board, story, { to: 'parent', area: a.area })
    expect(wrongArea.status).toBe(400)
    expect(codeOf(wrongArea)).toBe('share_area_invalid')
    const english = await newsroom.api('POST', `/api/stories/${story}/share`, {
      token: a.team.board.token,
      json: { to: 'parent', area: 'not-an-id' },
      headers: { 'accept-language': 'en' },
    })
    expect(english.status).toBe(400)
    expect(english.body.errors[0].message).toBe('The chosen area is not one of the target page’s areas.')
    expect(await sharesOf(story)).toHaveLength(0)
  })

  test('only approved, scheduled or published stories leave their page', async () => {
    const draft = await createStory(newsroom, a.team.collaborator, { title: 'Nháp', area: a.area })
    await walk(newsroom, draft, [[a.team.collaborator, 'submit']])
    const response = await share(a.team.board, draft, { to: 'parent' })
    expect(response.status).toBe(409)
    expect(codeOf(response)).toBe('share_wrong_stage')
  })

  test('left for the district editor: no area chosen, the district board claims it', async () => {
    expect((await share(a.team.board, story, { to: 'parent' })).status).toBe(201)
    const shared = await shareIn(story, district.id)
    expect(shared.area ?? null).toBeNull()
    const workflow = await newsroom.api('GET', `/api/stories/${shared.id}/workflow`, { token: district.board.token })
    expect(workflow.body.actions).toEqual(expect.arrayContaining(['claim', 'reject']))
  })

  test('four-eyes still holds in the district: a district board member who proposed it cannot approve it', async () => {
    const both = await makeMember(newsroom, [
      { page: a.id, roles: ['board'] },
      { page: district.id, roles: ['board'] },
    ])
    const own = (await approvedInPage(a, 'Xã A trồng cây')).id
    expect((await share(both, own, { to: 'parent' })).status).toBe(201)
    const shared = await shareIn(own, district.id)
    await walk(newsroom, shared.id, [
      [district.board, 'claim'],
      [district.board, 'forward'],
    ])
    const refused = await transition(newsroom, both, shared.id, { action: 'approve' })
    expect(refused.status).toBe(403)
    expect(codeOf(refused)).toBe('own_story')
  })
})

describe('share down: the district offers a story to chosen grassroots pages', () => {
  let source: Id
  let publishAt: string
  let offerA: Record<string, any>
  let offerB: Record<string, any>

  beforeAll(async () => {
    source = await approvedInDistrict('Huyện phát động Tết trồng cây')
    publishAt = new Date(Date.now() + 2 * 3_600_000).toISOString()
    await walk(newsroom, source, [[district.board, 'schedule', { publishAt, channels: [facebook] }]])
  })

  test('the district board cannot offer to a page outside its district, and nothing is made', async () => {
    for (const to of [[a.id, elsewhere.id], [district.id], 'parent']) {
      const response = await share(district.board, source, { to })
      expect([403, 409]).toContain(response.status)
      expect(codeOf(response)).toBe(to === 'parent' ? 'share_no_parent' : 'share_target_not_allowed')
    }
    expect(await sharesOf(source)).toHaveLength(0)
    expect((await share(district.editor, source, { to: [a.id] })).status).toBe(403)
  })

  test('each chosen page gets an offer waiting for its board', async () => {
    const response = await share(district.board, source, { to: [a.id, b.id] })
    expect(response.status).toBe(201)
    expect(response.body.shared.map((page: { pageName: string }) => page.pageName)).toEqual(['Xa A', 'Xa B'])
    offerA = await shareIn(source, a.id)
    offerB = await shareIn(source, b.id)
    for (const offer of [offerA, offerB]) {
      expect(offer).toMatchObject({
        title: 'Huyện phát động Tết trồng cây',
        stage: 'awaiting_approval',
        offer: { state: 'pending', publishAt },
        origin: { direction: 'down', page: district.id, pageName: district.name, authorName: 'Phóng Viên Huyện' },
      })
    }
    expect((await historyOf(source)).slice(-2)).toEqual([
      expect.objectContaining({ action: 'offered_down', otherPage: 'Xa A', by: district.board.id }),
      expect.objectContaining({ action: 'offered_down', otherPage: 'Xa B', by: district.board.id }),
    ])
    expect(await historyOf(offerA.id)).toEqual([
      expect.objectContaining({ action: 'shared_in', to: 'awaiting_approval', otherPage: district.name }),
    ])
    // Each page's board hears of its own offer only.
    const told = `Trang “${district.name}” đề xuất đăng bài “Huyện phát động Tết trồng cây”`
    expect(await shareNotices(a.team.board, offerA.id)).toEqual([told])
    expect(await shareNotices(b.team.board, offerB.id)).toEqual([told])
    expect(await shareNotices(b.team.board, offerA.id)).toEqual([])
    expect(await shareNotices(a.team.collaborator, offerA.id)).toEqual([])
  })

  test('offering again to a page that has it is 409; the offer belongs to its page only', async () => {
    const again = await share(district.board, source, { to: [b.id] })
    expect(again.status).toBe(409)
    expect(codeOf(again)).toBe('share_duplicate')
    expect(await sharesOf(source)).toHaveLength(2)
    for (const user of [district.board, b.team.board, elsewhere.team.board]) {
      expect((await newsroom.api('GET', `/api/stories/${offerA.id}`, { token: user.token })).status).toBe(404)
      expect((await reply(user, offerA.id, { reply: 'accept' })).status).toBe(404)
    }
    // Readers of the grassroots page who are not its board do not answer for it.
    expect((await reply(a.team.editor, offerA.id, { reply: 'accept' })).status).toBe(404)
  })

  test('an offer’s content is frozen: what its board accepts is what the district approved', async () => {
    const edit = await newsroom.api('PATCH', `/api/stories/${offerA.id}`, {
      token: a.team.board.token,
      json: { title: 'Sửa tiêu đề bài chia sẻ' },
    })
    expect(edit.status).toBe(409)
    expect(codeOf(edit)).toBe('content_frozen')
  })

  test('an offer is answered as an offer, not through the review table', async () => {
    const workflow = await newsroom.api('GET', `/api/stories/${offerA.id}/workflow`, { token: a.team.board.token })
    expect(workflow.body).toMatchObject({ stage: 'awaiting_approval', actions: [] })
    const approve = await transition(newsroom, a.team.board, offerA.id, { action: 'approve' })
    expect(approve.status).toBe(409)
    expect(codeOf(approve)).toBe('offer_pending')
    const options = await newsroom.api('GET', `/api/stories/${offerA.id}/share`, { token: a.team.board.token })
    expect(options.body).toMatchObject({ replies: ['accept', 'decline'], offer: { state: 'pending' } })
    expect(options.body.origin).toMatchObject({ pageName: district.name, direction: 'down' })
  })

  test('accepting schedules it on the page’s enabled channels at the district’s time', async () => {
    const bogus = await reply(a.team.board, offerA.id, { reply: 'maybe' })
    expect(bogus.status).toBe(400)
    expect(codeOf(bogus)).toBe('unknown_reply')
    const response = await reply(a.team.board, offerA.id, { reply: 'accept' })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ stage: 'scheduled', offer: { state: 'accepted' } })
    const publications = await publicationsOf(newsroom, offerA.id)
    expect(publications.map((row) => [String(row.channel), row.state, row.scheduledFor])).toEqual([
      [String(a.docs.channels), 'queued', publishAt],
    ])
    expect((await historyOf(offerA.id)).at(-1)).toMatchObject({
      action: 'offer_accepted',
      from: 'awaiting_approval',
      to: 'scheduled',
      by: a.team.board.id,
    })
    expect((await historyOf(source)).at(-1)).toMatchObject({
      action: 'offer_accepted',
      from: 'scheduled',
      to: 'scheduled',
      by: a.team.board.id,
      otherPage: 'Xa A',
    })
    const twice = await reply(a.team.board, offerA.id, { reply: 'accept' })
    expect(twice.status).toBe(409)
    expect(codeOf(twice)).toBe('not_an_offer')
  })

  test('declining needs a note, then rejects it and tells the district', async () => {
    const bare = await reply(b.team.board, offerB.id, { reply: 'decline' })
    expect(bare.status).toBe(400)
    expect(codeOf(bare)).toBe('note_required')
    expect((await storedStory(newsroom, offerB.id)).stage).toBe('awaiting_approval')
    const response = await reply(b.team.board, offerB.id, { reply: 'decline', note: ' Xã đã đăng tin tương tự. ' })
    expect(response.status).toBe(200)
    expect(response.body).toMatchObject({ stage: 'rejected', offer: { state: 'declined' } })
    expect(await publicationsOf(newsroom, offerB.id)).toEqual([])
    expect((await historyOf(source)).at(-1)).toMatchObject({
      action: 'offer_declined',
      note: 'Xã đã đăng tin tương tự.',
      otherPage: 'Xa B',
      by: b.team.board.id,
    })
  })

  test('the accepted offer goes out on the grassroots channel with the district’s credit', async () => {
    await deliverDue(newsroom, simulator, manualClock(new Date(Date.parse(publishAt) + 60_000)))
    const [publication] = await publicationsOf(newsroom, offerA.id)
    expect(publication!.state).toBe('published')
    // On the grassroots page's own public feed (/p/<slug>).
    const place = await placeOfSlug(newsroom.payload, a.slug)
    const feed = await loadFeed(newsroom.payload, { storyId: String(offerA.id), place })
    const post = feed.posts.find((candidate) => String(candidate.storyId) === String(offerA.id))!
    expect(post.text.title).toBe('Huyện phát động Tết trồng cây')
    expect(post.text.credit).toBe(`Nguồn: ${district.name} — Phóng Viên Huyện`)
  })

  test('an offer whose district time has passed goes out now; a page with no channel cannot accept', async () => {
    const published = await approvedInDistrict('Huyện khen thưởng')
    await walk(newsroom, published, [[district.board, 'publish_now', { channels: [facebook] }]])
    expect((await share(district.board, published, { to: [a.id, b.id] })).status).toBe(201)
    const before = Date.now()
    const accepted = await reply(a.team.board, (await shareIn(published, a.id)).id, { reply: 'accept' })
    expect(accepted.status).toBe(200)
    expect(Date.parse(accepted.body.publishAt)).toBeGreaterThanOrEqual(before - 1000)
    await newsroom.payload.update({ collection: 'channels', id: b.docs.channels, data: { enabled: false } })
    const noChannel = await reply(b.team.board, (await shareIn(published, b.id)).id, { reply: 'accept' })
    expect(noChannel.status).toBe(409)
    expect(codeOf(noChannel)).toBe('offer_no_channel')
    await newsroom.payload.update({ collection: 'channels', id: b.docs.channels, data: { enabled: true } })
  })

  test('at the same time: one of two identical shares wins, and two pages answering lose no history', async () => {
    const story = await approvedInDistrict('Huyện tổ chức hội thao')
    const racing = await Promise.all([
      share(district.board, story, { to: [a.id, b.id] }),
      share(district.board2, story, { to: [a.id, b.id] }),
    ])
    expect(racing.map((response) => response.status).sort()).toEqual([201, 409])
    expect(racing.map(codeOf).filter(Boolean)).toEqual(['share_duplicate'])
    expect(await sharesOf(story)).toHaveLength(2)
    const answers = await Promise.all([
      reply(a.team.board, (await shareIn(story, a.id)).id, { reply: 'decline', note: 'Trùng lịch' }),
      reply(b.team.board, (await shareIn(story, b.id)).id, { reply: 'decline', note: 'Không phù hợp' }),
    ])
    expect(answers.map((response) => response.status)).toEqual([200, 200])
    const answered = (await historyOf(story)).filter((entry) => entry.action === 'offer_declined')
    expect(answered.map((entry) => entry.otherPage).sort()).toEqual(['Xa A', 'Xa B'])
  })

  test('an up-shared story offered down keeps its first credit', async () => {
    const up = (await approvedInPage(b, 'Xã B làm nông thôn mới')).id
    expect((await share(b.team.board, up, { to: 'parent', area: district.area })).status).toBe(201)
    const inDistrict = await shareIn(up, district.id)
    await walk(newsroom, inDistrict.id, [
      [district.editor, 'claim'],
      [district.editor, 'forward'],
      [district.board, 'approve'],
    ])
    expect((await share(district.board, inDistrict.id, { to: [a.id] })).status).toBe(201)
    const offer = await shareIn(inDistrict.id, a.id)
    expect(offer.origin).toMatchObject({ pageName: district.name, direction: 'down' })
    const kept = await newsroom.payload.findByID({
      collection: 'stories',
      id: offer.id,
      depth: 0,
      select: { approvedContent: true },
      overrideAccess: true,
      context: { [WORKFLOW_TRANSITION]: true },
    })
    expect((kept as { approvedContent?: { source?: string } }).approvedContent?.source).toBe(
      'Nguồn: Xa B — Xa B collaborator',
    )
  })
})
