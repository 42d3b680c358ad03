import crypto from 'node:crypto'

import { uploadPhoto } from './media'
import type { TestNewsroom, TestUser } from './newsroom'
import type { Id } from './stories'
import type { Role } from '../../src/workflow/roles'

/** The collections whose documents belong to a page (`collections/fields/belongsToPage.ts`). */
export const PAGE_OWNED = [
  'areas',
  'stories',
  'media',
  'channels',
  'publications',
  'shifts',
  'inbox',
  'notifications',
  'webhook-events',
  'members',
  'social-accounts',
  'campaigns',
  'campaign-actions',
  'campaign-reminders',
  'contests',
  'contest-entries',
  'contest-scores',
] as const

export type PageOwned = (typeof PAGE_OWNED)[number]

export const TEAM_ROLES = ['collaborator', 'editor', 'board', 'duty'] as const

export type TeamRole = (typeof TEAM_ROLES)[number]

/** One page of the network with its team and one document of every page-owned collection. */
export interface PageWithTeam {
  id: Id
  slug: string
  /** The editor holds `area`; the duty member is on `docs.shifts` and assigned `docs.inbox`. */
  team: Record<TeamRole, TestUser>
  area: Id
  /** One document of each page-owned collection; `stories` is the collaborator's draft using `docs.media`. */
  docs: Record<PageOwned, Id>
  /** A story of the page in `published` (read by every member of the page). */
  publishedStory: Id
}

export interface TwoPages {
  district: Id
  a: PageWithTeam
  b: PageWithTeam
}

const unique = () => crypto.randomBytes(4).toString('hex')

/** The district page (made by the pages migration or the first write that needed it), or a new one. */
export const districtPage = async (newsroom: TestNewsroom): Promise<Id> => {
  const { docs } = await newsroom.payload.find({
    collection: 'pages',
    where: { level: { equals: 'district' } },
    sort: 'createdAt',
    limit: 1,
    depth: 0,
  })
  if (docs[0]) return docs[0].id
  const created = await newsroom.payload.create({
    collection: 'pages',
    data: { name: 'Huyện', slug: 'huyen', level: 'district' } as never,
  })
  return created.id
}

/** A grassroots page under the district page (no team, no documents). */
export const makePage = async (
  newsroom: TestNewsroom,
  name: string,
  parent?: Id,
): Promise<{ id: Id; slug: string }> => {
  const slug = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${unique()}`
  const page = await newsroom.payload.create({
    collection: 'pages',
    data: { name, slug, level: 'grassroots', parent: parent ?? (await districtPage(newsroom)) } as never,
  })
  return { id: page.id, slug }
}

/**
 * A user with these memberships (a page and the roles held there each), signed in through the local
 * API (the sign-in limits count HTTP logins per client).
 */
export const makeMember = async (
  newsroom: TestNewsroom,
  memberships: { page: Id; roles: Role[] }[],
  extra: { areas?: Id[]; name?: string; phone?: string } = {},
): Promise<TestUser> => {
  const tag = unique()
  const email = `member-${tag}@test.local`
  const password = `pw-${crypto.randomBytes(6).toString('hex')}`
  const user = await newsroom.payload.create({
    collection: 'users',
    data: {
      email,
      password,
      name: extra.name ?? `Thành viên ${tag}`,
      phone: extra.phone,
      memberships,
      areas: extra.areas ?? [],
    } as never,
  })
  const { token } = await newsroom.payload.login({ collection: 'users', data: { email, password } })
  return { id: user.id, email, password, token: token! }
}

/**
 * A page with a full team (collaborator, editor holding the page's area, board, duty) and one
 * document of every page-owned collection, made the way the app makes them: the photo uploaded
 * over REST by the collaborator, the rest through the local API naming the page.
 */
export const makePageWithTeam = async (newsroom: TestNewsroom, name: string, parent?: Id): Promise<PageWithTeam> => {
  const { payload } = newsroom
  const { id, slug } = await makePage(newsroom, name, parent)
  const make = async (collection: PageOwned, data: Record<string, unknown>) =>
    (await payload.create({ collection, data: { ...data, page: id } as never, depth: 0 })).id as Id

  const area = await make('areas', { name: `Mảng ${name}` })
  const member = (roles: Role[], areas: Id[] = []) =>
    makeMember(newsroom, [{ page: id, roles }], { areas, name: `${name} ${roles.join('+')}`, phone: `09${unique()}` })
  const team: Record<TeamRole, TestUser> = {
    collaborator: await member(['collaborator']),
    editor: await member(['editor'], [area]),
    board: await member(['board']),
    duty: await member(['duty']),
  }

  const photo = await uploadPhoto(newsroom, team.collaborator, { caption: `Ảnh ${name}`, credit: name })
  const story = await make('stories', { title: `Bài ${name}`, area, photos: [photo.id], author: team.collaborator.id })
  const publishedStory = await make('stories', {
    title: `Bài đã đăng ${name}`,
    area,
    author: team.collaborator.id,
    stage: 'published',
  })
  const channel = await make('channels', { name: `Kênh ${name}`, kind: 'local_feed' })
  const inFuture = new Date(Date.now() + 30 * 86_400_000)
  const docs: Record<PageOwned, Id> = {
    areas: area,
    stories: story,
    media: photo.id,
    channels: channel,
    publications: await make('publications', {
      story: publishedStory,
      channel,
      state: 'failed',
      scheduledFor: inFuture.toISOString(),
      lastError: `lỗi ${name}`,
    }),
    shifts: await make('shifts', {
      day: inFuture.toISOString().slice(0, 10),
      slot: 'Sáng',
      startsAt: inFuture.toISOString(),
      endsAt: new Date(inFuture.getTime() + 4 * 3_600_000).toISOString(),
      members: [team.duty.id],
    }),
    inbox: await make('inbox', {
      kind: 'comment',
      text: `Bình luận ${name}`,
      externalId: `ext-${unique()}`,
      receivedAt: new Date().toISOString(),
      assignee: team.duty.id,
      story: publishedStory,
    }),
    notifications: await make('notifications', {
      user: team.collaborator.id,
      kind: 'approved',
      title: `Thông báo ${name}`,
    }),
    'webhook-events': await make('webhook-events', {
      dedupeKey: `event-${unique()}`,
      payload: { page: name },
      receivedAt: new Date().toISOString(),
    }),
    ...(await memberNetworkOf(payload, make, name, channel, team.board.id)),
  }
  return { id, slug, team, area, docs, publishedStory }
}

/** A party member of the page with a social account, and a launched campaign they took part in. */
const memberNetworkOf = async (
  payload: TestNewsroom['payload'],
  make: (collection: PageOwned, data: Record<string, unknown>) => Promise<Id>,
  name: string,
  channel: Id,
  board: Id,
) => {
  const unit = (await payload.create({ collection: 'units', data: { name: `Chi bộ ${name} ${unique()}` } })).id
  const member = await make('members', { fullName: `Đảng viên ${name}`, unit, phone: `09${unique()}` })
  const shared = await make('stories', { title: `Bài chiến dịch ${name}`, stage: 'published' })
  const publication = await make('publications', {
    story: shared,
    channel,
    state: 'published',
    scheduledFor: new Date(Date.now() - 86_400_000).toISOString(),
  })
  const campaign = await make('campaigns', {
    title: `Chiến dịch ${name}`,
    publication,
    startsAt: new Date(Date.now() - 86_400_000).toISOString(),
    endsAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    state: 'launched',
    createdBy: board,
  })
  return {
    members: member,
    'social-accounts': await make('social-accounts', {
      member,
      platform: 'facebook',
      url: `https://facebook.com/dangvien.${unique()}`,
    }),
    campaigns: campaign,
    'campaign-actions': await make('campaign-actions', {
      campaign,
      member,
      kind: 'shared',
      at: new Date().toISOString(),
      source: 'tap',
    }),
    'campaign-reminders': await make('campaign-reminders', { campaign, member, day: '2026-12-01', by: board }),
    ...(await contestOf(make, name, member, board)),
  }
}

/** A contest of the page with one entry (its entrant's phone is personal data) and a juror's sheet. */
const contestOf = async (
  make: (collection: PageOwned, data: Record<string, unknown>) => Promise<Id>,
  name: string,
  member: Id,
  juror: Id,
) => {
  const contest = await make('contests', {
    title: `Cuộc thi ${name}`,
    slug: `cuoc-thi-${unique()}`,
    opensAt: new Date(Date.now() - 86_400_000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
    jury: [juror],
  })
  const entry = await make('contest-entries', {
    contest,
    number: 1,
    title: `Tác phẩm ${name}`,
    member,
    entrant: { name: `Người dự thi ${name}`, phone: `09${unique()}` },
  })
  return {
    contests: contest,
    'contest-entries': entry,
    'contest-scores': await make('contest-scores', { contest, entry, juror, marks: [], total: 0 }),
  }
}

/** Two grassroots pages A and B under the district page, each with its team and documents. */
export const makeTwoPages = async (newsroom: TestNewsroom): Promise<TwoPages> => {
  const district = await districtPage(newsroom)
  const a = await makePageWithTeam(newsroom, 'Xa A', district)
  const b = await makePageWithTeam(newsroom, 'Xa B', district)
  return { district, a, b }
}
