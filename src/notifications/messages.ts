import { dayLabel, localDay, vnClock } from '../time/vietnam'
import type { Id } from '../workflow/roles'
import type { PostLink } from '../publishing/postLinks'
import type { NoticeLink } from './links'
import type { Notice } from './notify'

/** Titles become email subjects and one-line bell entries: a long story title is cut, not wrapped. */
const MAX_TITLE = 80

export const quoted = (title: string | null | undefined) => {
  const clean = (title ?? '').replace(/\s+/g, ' ').trim() || 'Không tiêu đề'
  return `“${clean.length > MAX_TITLE ? `${clean.slice(0, MAX_TITLE - 1).trimEnd()}…` : clean}”`
}

export const storyLink = (adminRoute: string, storyId: Id) => `${adminRoute}/collections/stories/${storyId}`

/** "08:30 28/11/2026": the newsroom works on Vietnam time whatever the server's zone is. */
export const vietnamTime = (iso: string) => {
  const at = new Date(iso)
  return `${vnClock(at)} ${dayLabel(localDay(at))}`
}

const lines = (...parts: (string | null | undefined | false)[]) => parts.filter(Boolean).join('\n')

export interface StoryFacts {
  title: string | null | undefined
  link: string
  /** Who acted, by name; absent for what the system did by itself. */
  actorName?: string
  note?: string
}

const by = (facts: StoryFacts) => facts.actorName ?? 'Hệ thống'

/** "Facebook: Phú Riềng đỏ", or the local feed's own name. */
const postLink = (post: PostLink): NoticeLink => ({
  label: post.kind === 'facebook_page' ? `Facebook: ${post.channel}` : post.channel,
  url: post.url,
})

export const messages = {
  submitted: (facts: StoryFacts, areaName?: string): Notice => ({
    kind: 'queue_entered',
    title: `Bài ${quoted(facts.title)} chờ biên tập`,
    body: lines(`${by(facts)} đã gửi bài${areaName ? ` vào mảng ${areaName}` : ''}.`, facts.note),
    link: facts.link,
  }),
  forwarded: (facts: StoryFacts): Notice => ({
    kind: 'queue_entered',
    title: `Bài ${quoted(facts.title)} chờ duyệt`,
    body: lines(`${by(facts)} đã chuyển bài lên Ban Biên tập.`, facts.note),
    link: facts.link,
  }),
  rebuttalWaiting: (facts: StoryFacts, falseClaim?: string | null): Notice => ({
    kind: 'rebuttal_waiting',
    title: `Bài phản bác tin sai ${quoted(facts.title)} cần duyệt gấp`,
    body: lines(`${by(facts)} đã gửi bài phản bác.`, falseClaim?.trim() && `Tin sai: ${falseClaim.trim()}`),
    link: facts.link,
  }),
  changesRequested: (facts: StoryFacts): Notice => ({
    kind: 'changes_requested',
    title: `Bài ${quoted(facts.title)} cần sửa`,
    body: lines(`Góp ý của ${by(facts)}:`, facts.note),
    link: facts.link,
  }),
  approved: (facts: StoryFacts): Notice => ({
    kind: 'approved',
    title: `Bài ${quoted(facts.title)} đã được duyệt`,
    body: lines(`${by(facts)} đã duyệt bài.`, facts.note),
    link: facts.link,
  }),
  scheduled: (facts: StoryFacts, publishAt: string, now: boolean): Notice => ({
    kind: 'scheduled',
    title: now
      ? `Bài ${quoted(facts.title)} đang được đăng`
      : `Bài ${quoted(facts.title)} được lên lịch đăng lúc ${vietnamTime(publishAt)}`,
    body: lines(`${by(facts)} đã ${now ? 'cho đăng ngay' : 'lên lịch đăng'}.`, facts.note),
    link: facts.link,
  }),
  published: (facts: StoryFacts, posts: readonly PostLink[] = []): Notice => ({
    kind: 'published',
    title: `Bài ${quoted(facts.title)} đã được đăng`,
    body: lines('Bài đã lên tất cả các kênh đã chọn.', posts.length > 0 && 'Xem bài đã đăng:'),
    link: facts.link,
    links: posts.map(postLink),
  }),
  publishingFailed: (facts: StoryFacts, channelName: string, error: string): Notice => ({
    kind: 'publishing_failed',
    title: `Đăng bài ${quoted(facts.title)} lên “${channelName}” bị lỗi`,
    body: lines('Bài chưa được đăng trên kênh này; cần kiểm tra và đăng lại.', `Lỗi: ${error}`),
    link: facts.link,
  }),
  sharedUp: (facts: StoryFacts, fromPage: string): Notice => ({
    kind: 'share_received',
    title: `Trang “${fromPage}” gửi bài ${quoted(facts.title)} lên trang huyện`,
    body: lines(`${by(facts)} đã chia sẻ bài; bài vào hàng đợi biên tập như một bài mới gửi.`, facts.note),
    link: facts.link,
  }),
  offeredDown: (facts: StoryFacts, fromPage: string): Notice => ({
    kind: 'share_received',
    title: `Trang “${fromPage}” đề xuất đăng bài ${quoted(facts.title)}`,
    body: lines(
      `${by(facts)} đề xuất bài cho trang của bạn. Ban Biên tập nhận đăng hoặc từ chối kèm lý do.`,
      facts.note,
    ),
    link: facts.link,
  }),
}
