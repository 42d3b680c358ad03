import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'

import { loadFeed } from '../../src/app/(frontend)/fanpage/feed'
import { Timeline } from '../../src/app/(frontend)/fanpage/Timeline'
import { findMarker } from '../../src/publishing/message'
import { type GraphSimulator, startGraphSimulator } from '../graph-simulator'
import { uploadPhoto } from '../helpers/media'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import {
  approvedRebuttal,
  approvedStory,
  createFacebookChannel,
  deliverDue,
  manualClock,
  type Newsroom,
  PAGE_ID,
  publicationsOf,
} from '../helpers/publishing'
import { type Id, transition } from '../helpers/stories'

// The local feed is the newsroom's preview of the Facebook page: a reader of /fanpage must see the
// very text the page received, whatever the post's shape.

let newsroom: TestNewsroom
let simulator: GraphSimulator
let people: Newsroom
let facebook: Id
let localFeed: Id
const clock = manualClock(new Date(Date.now() + 60_000))

const text = (value: string, format = 0) => ({
  type: 'text',
  version: 1,
  text: value,
  format,
  detail: 0,
  mode: 'normal',
  style: '',
})
const paragraph = (...children: object[]) => ({ type: 'paragraph', version: 1, children })
const richText = (...children: object[]) => ({ root: { type: 'root', version: 1, children } })
const list = (listType: 'bullet' | 'number', ...items: string[]) => ({
  type: 'list',
  version: 1,
  listType,
  tag: listType === 'number' ? 'ol' : 'ul',
  start: 1,
  children: items.map((item, index) => ({ type: 'listitem', version: 1, value: index + 1, children: [text(item)] })),
})
const link = (url: string, label: string) => ({
  type: 'link',
  version: 3,
  fields: { url, newTab: false, linkType: 'custom' },
  children: [text(label)],
})

const BODY = richText(
  paragraph(text('Sáng nay, '), text('Ủy ban xã', 1), text(' khai mạc lễ hội ở '), text('ấp Phú Thịnh', 2), text('.')),
  { type: 'heading', version: 1, tag: 'h2', children: [text('Chương trình chính')] },
  list('number', 'Thi gói bánh tét', 'Đánh cồng chiêng'),
  list('bullet', 'Múa xoang của đồng bào S’tiêng'),
  paragraph(text('Xem thêm tại '), link('https://phurieng.binhphuoc.gov.vn/le-hoi', 'cổng thông tin xã'), text('.')),
)

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#x27': "'", '#39': "'", nbsp: ' ' }

/** The text of a piece of HTML as a reader sees it: tags gone, blocks and line breaks as new lines. */
const visibleText = (html: string) =>
  html
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<\/(p|h[1-6]|li|div|figcaption|blockquote|pre|ul|ol)>/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#x27|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!)

const sameWords = (value: string) => value.replace(/\s+/g, ' ').trim()

/** The story's card on /fanpage without its header (page name, time): the post as a reader reads it. */
const readerText = async (story: Id) => {
  const html = renderToStaticMarkup(
    createElement(Timeline, { feed: await loadFeed(newsroom.payload), basePath: '/fanpage' }),
  )
  const card = new RegExp(`<article[^>]*id="bai-${story}"[^>]*>([\\s\\S]*?)</article>`).exec(html)
  expect(card).not.toBeNull()
  // The card's header (page, time) and its reaction bar are the page's, not the post's text.
  const text = card![1]!
    .replace(/<header[\s\S]*?<\/header>/, '')
    .replace(/<div class="fp-post__actions">[\s\S]*?<\/div>/, '')
  return { html: card![1]!, text: visibleText(text) }
}

/** The message Facebook received for the story (a photo post's caption is its message). */
const facebookMessage = async (story: Id) => {
  const publication = (await publicationsOf(newsroom, story)).find((row) => String(row.channel) === String(facebook))!
  const post = simulator.posts(PAGE_ID).find((candidate) => candidate.id === publication.externalId)
  expect(post?.message).toBeTruthy()
  return post!.message!
}

const withoutMarker = (message: string) =>
  message
    .split('\n')
    .filter((line) => findMarker(line) === null)
    .join('\n')

const publishToBoth = async (story: Id) => {
  const response = await transition(newsroom, people.board, story, {
    action: 'publish_now',
    channels: [facebook, localFeed],
  })
  expect(response.status).toBe(200)
  await deliverDue(newsroom, simulator, clock)
  clock.advance(60_000)
}

beforeAll(async () => {
  newsroom = await startNewsroom()
  simulator = await startGraphSimulator()
  const area = (
    await newsroom.payload.create({
      collection: 'areas',
      data: { name: 'Văn hóa - Xã hội', hashtags: '#VanHoaXaHoi #PhúRiềngĐỏ' },
    })
  ).id
  people = {
    area,
    ctv: await newsroom.makeUser(['collaborator']),
    editor: await newsroom.makeUser(['editor'], { areas: [area] }),
    board: await newsroom.makeUser(['board']),
  }
  facebook = await createFacebookChannel(newsroom, await newsroom.makeUser(['admin']), simulator)
  localFeed = (
    await newsroom.payload.create({ collection: 'channels', data: { name: 'Xem trước', kind: 'local_feed' } })
  ).id
})
afterAll(async () => {
  await simulator?.close()
  await newsroom?.stop()
})

const FORMATS: Record<string, () => Promise<Id>> = {
  text: () =>
    approvedStory(newsroom, people, {
      title: 'Lễ hội văn hóa các dân tộc Phú Riềng',
      summary: 'Hơn 2.000 người dân tham gia.',
      body: BODY,
    }),
  'one photo': async () => {
    const photo = await uploadPhoto(newsroom, people.ctv, { seed: 1, caption: 'Cầu treo mới', credit: 'Nguyễn Văn A' })
    return approvedStory(newsroom, people, { title: 'Khánh thành cầu treo ấp 5', body: BODY, photos: [photo.id] })
  },
  album: async () => {
    const photos = [
      await uploadPhoto(newsroom, people.ctv, { seed: 2, caption: 'Thu hoạch điều', credit: 'Trần Văn B' }),
      await uploadPhoto(newsroom, people.ctv, { seed: 3, caption: 'Chợ phiên', credit: 'Lê Thị C' }),
      await uploadPhoto(newsroom, people.ctv, { seed: 4, caption: 'Sân phơi', credit: 'Trần Văn B' }),
    ]
    return approvedStory(newsroom, people, {
      title: 'Mùa điều Phú Riềng',
      body: BODY,
      photos: photos.map((photo) => photo.id),
    })
  },
  rebuttal: async () => {
    const screenshot = await uploadPhoto(newsroom, people.ctv, { seed: 5, caption: 'Ảnh chụp tin sai' })
    return approvedRebuttal(newsroom, people, {
      title: 'Không có chuyện thu hồi đất làm khu công nghiệp',
      body: richText(paragraph(text('Thông tin lan truyền trên mạng xã hội là sai sự thật.'))),
      falseClaim: {
        text: 'Tin đồn: xã sắp thu hồi đất',
        link: 'https://example.com/tin-don',
        screenshot: screenshot.id,
      },
      officialSources: [
        { url: 'https://phurieng.binhphuoc.gov.vn/thong-bao', title: 'Thông báo của UBND xã' },
        { url: 'https://binhphuoc.gov.vn/quy-hoach' },
      ],
    })
  },
}

test.each(Object.keys(FORMATS))(
  '%s: the text a reader sees on /fanpage is the message Facebook received, apart from the marker',
  async (format) => {
    const story = await FORMATS[format]!()
    await publishToBoth(story)
    const message = await facebookMessage(story)
    const { html, text: shown } = await readerText(story)
    expect(sameWords(shown)).toBe(sameWords(withoutMarker(message)))
    expect(html).not.toContain('tsctv-')
  },
)

test('a rebuttal on /fanpage ends with its official sources, linked', async () => {
  const story = await FORMATS.rebuttal!()
  await publishToBoth(story)
  const { html, text: shown } = await readerText(story)
  expect(shown).toContain('Nguồn chính thức:')
  expect(shown).toContain('Thông báo của UBND xã: https://phurieng.binhphuoc.gov.vn/thong-bao')
  expect(html).toContain('href="https://phurieng.binhphuoc.gov.vn/thong-bao"')
})
