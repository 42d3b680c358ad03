/**
 * Online contests over HTTP: the contest and entry transitions with page isolation, the public entry
 * form (media pipeline, limits per person even when sent at once, the closing instant, bad input),
 * contact details kept to the page's board, withdrawal and the site's votes.
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, test } from '@jest/globals'
import sharp from 'sharp'

import { closeDueContests } from '../../src/contests/closing'
import { GALLERY_PAGE_SIZE, loadContestPage } from '../../src/contests/gallery'
import { mediaStorageOf } from '../../src/media/storage/mediaStorage'
import { geotaggedJpeg, HTML_PAGE, leakedMetadata, paddedJpeg, plainImage } from '../helpers/images'
import { type TestNewsroom, startNewsroom } from '../helpers/newsroom'
import { makeTwoPages, type TwoPages } from '../helpers/pages'
import { richText } from '../../src/seed/richText'

let newsroom: TestNewsroom
let pages: TwoPages
let contestCount = 0

const HOUR = 3_600_000
const rules = richText('Mỗi người gửi tối đa một bài.')

/** A contest of page A (open unless told), made through the local API as the newsroom would. */
const makeContest = async (data: Record<string, unknown> = {}) => {
  contestCount += 1
  const doc = await newsroom.payload.create({
    collection: 'contests',
    data: {
      title: `Ảnh đẹp quê hương ${contestCount}`,
      slug: `anh-dep-${contestCount}-${Date.now()}`,
      page: pages.a.id,
      kind: 'photo',
      eligibility: 'public',
      opensAt: new Date(Date.now() - HOUR).toISOString(),
      closesAt: new Date(Date.now() + 24 * HOUR).toISOString(),
      entriesPerPerson: 1,
      maxPhotos: 3,
      rules,
      stage: 'open',
      ...data,
    } as never,
    overrideAccess: true,
  })
  return doc as unknown as { id: string | number; slug: string }
}

/** A small JPEG of random pixels: every one has its own perceptual hash. */
const noiseJpeg = () =>
  sharp(crypto.randomBytes(64 * 48 * 3), { raw: { width: 64, height: 48, channels: 3 } })
    .jpeg()
    .toBuffer()

const photo = async (bytes?: Buffer, type = 'image/jpeg') => {
  const data = bytes ?? (await noiseJpeg())
  return new Blob([new Uint8Array(data)], { type }) as Blob & { name?: string }
}

const entryForm = async (fields: Record<string, unknown>, photos: Blob[] | null = null) => {
  const form = new FormData()
  form.append(
    '_payload',
    JSON.stringify({
      name: 'Nguyễn Văn An',
      contact: '0912 345 678',
      place: 'Xã Long Hưng',
      title: 'Bình minh trên đồi chè',
      story: 'Ảnh chụp sáng sớm.',
      consentRules: true,
      consentPublication: true,
      ...fields,
    }),
  )
  for (const one of photos ?? [await photo()]) form.append('photos', one, 'anh.jpg')
  return form
}

const submit = async (slug: string, fields: Record<string, unknown> = {}, photos: Blob[] | null = null) =>
  newsroom.api('POST', `/api/contests/${slug}/entries`, { body: await entryForm(fields, photos) })

const entryOf = (id: string | number) =>
  newsroom.payload.findByID({ collection: 'contest-entries', id, overrideAccess: true, depth: 0 }) as Promise<
    Record<string, any>
  >

const entryIdByNumber = async (contest: string | number, number: number) =>
  (
    await newsroom.payload.find({
      collection: 'contest-entries',
      where: { and: [{ contest: { equals: contest } }, { number: { equals: number } }] },
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0]!.id

beforeAll(async () => {
  process.env.CONTEST_ENTRY_RATE_PER_ADDRESS = 'off'
  process.env.CONTEST_ENTRY_RATE_PER_CONTACT = '4/600'
  newsroom = await startNewsroom()
  pages = await makeTwoPages(newsroom)
})

afterAll(async () => {
  await newsroom?.stop()
})

describe('contest transitions', () => {
  test('the board opens a contest only once it has rules, dates, a jury and a rubric; others cannot', async () => {
    const contest = await makeContest({ stage: 'draft', rules: null })
    const path = `/api/contests/${contest.id}/transition`
    const incomplete = await newsroom.api('POST', path, { token: pages.a.team.board.token, json: { action: 'open' } })
    expect(incomplete.status).toBe(400)
    expect(incomplete.body.errors[0].data.code).toBe('opening_incomplete')
    expect(incomplete.body.errors[0].message).toContain('rules, jury, rubric')

    await newsroom.payload.update({
      collection: 'contests',
      id: contest.id,
      data: {
        rules,
        jury: [pages.a.team.editor.id],
        rubric: [{ criterion: 'Bố cục', weight: 1, maxPoints: 10 }],
      } as never,
      overrideAccess: true,
    })
    const otherBoard = await newsroom.api('POST', path, { token: pages.b.team.board.token, json: { action: 'open' } })
    expect(otherBoard.status).toBe(404)
    // Editors cannot read contests at all: refused outright.
    const editor = await newsroom.api('POST', path, { token: pages.a.team.editor.token, json: { action: 'open' } })
    expect(editor.status).toBe(403)
    const opened = await newsroom.api('POST', path, { token: pages.a.team.board.token, json: { action: 'open' } })
    expect(opened.status).toBe(200)
    expect(opened.body.stage).toBe('open')

    const direct = await newsroom.api('PATCH', `/api/contests/${contest.id}`, {
      token: pages.a.team.board.token,
      json: { stage: 'results_published' },
    })
    expect(direct.status).toBe(403)
    const judging = await newsroom.api('POST', path, {
      token: pages.a.team.board.token,
      json: { action: 'start_judging' },
    })
    expect(judging.status).toBe(409)
    expect((await newsroom.payload.findByID({ collection: 'contests', id: contest.id, depth: 0 })).stage).toBe('open')
  })

  test('the closing loop closes an open contest once its closing time has come, not before', async () => {
    const due = await makeContest({ closesAt: new Date(Date.now() - 1000).toISOString() })
    const later = await makeContest()
    await closeDueContests(newsroom.payload)
    expect((await newsroom.payload.findByID({ collection: 'contests', id: due.id, depth: 0 })).stage).toBe('closed')
    expect((await newsroom.payload.findByID({ collection: 'contests', id: later.id, depth: 0 })).stage).toBe('open')
  })
})

describe('the public entry form', () => {
  test('an entry gets a number and a code; its photo is stored without EXIF or GPS', async () => {
    const contest = await makeContest()
    const response = await submit(contest.slug, {}, [await photo(await geotaggedJpeg())])
    expect(response.status).toBe(201)
    expect(response.body).toEqual({ number: 1, code: expect.stringMatching(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/) })
    const entry = await entryOf(await entryIdByNumber(contest.id, 1))
    expect(entry.stage).toBe('submitted')
    expect(entry.contactKey).toBe('phone:0912345678')
    expect(entry.confirmationCode).not.toContain(response.body.code)
    const media = await newsroom.payload.findByID({ collection: 'media', id: entry.photos[0], overrideAccess: true })
    const stored = await mediaStorageOf(newsroom.payload).read(media.filename!)
    expect(leakedMetadata(stored!)).toEqual([])
    expect(entry.imageHashes).toEqual([expect.stringMatching(/^[0-9a-f]{16}$/)])
  })

  test('entries per person count the contact in any form, even when sent at the same time', async () => {
    const contest = await makeContest({ entriesPerPerson: 1 })
    expect((await submit(contest.slug, { contact: '0987654321' })).status).toBe(201)
    const again = await submit(contest.slug, { contact: '+84 987 654 321' })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].data.code).toBe('entry_limit')

    const together = await Promise.all(
      Array.from({ length: 4 }, async () => submit(contest.slug, { contact: 'Cung.Luc@Example.vn' })),
    )
    expect(together.map((one) => one.status).sort()).toEqual([201, 409, 409, 409])
    const all = await newsroom.payload.find({
      collection: 'contest-entries',
      where: { contest: { equals: contest.id } },
      overrideAccess: true,
      depth: 0,
    })
    expect(all.docs.map((doc) => doc.number).sort()).toEqual([1, 2])
  })

  test('numbers are sequential and unique across many people at once', async () => {
    const contest = await makeContest()
    const responses = await Promise.all(
      Array.from({ length: 6 }, async (_, n) => submit(contest.slug, { contact: `09000000${10 + n}` })),
    )
    expect(responses.map((one) => one.status)).toEqual([201, 201, 201, 201, 201, 201])
    expect(responses.map((one) => one.body.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6])
  })

  test('entries are refused from the closing instant, even while the contest still says open', async () => {
    const contest = await makeContest({ closesAt: new Date(Date.now() - 1).toISOString() })
    const late = await submit(contest.slug, { contact: '0911111111' })
    expect(late.status).toBe(409)
    expect(late.body.errors[0].data.code).toBe('contest_closed')
    const draft = await makeContest({ stage: 'draft' })
    expect((await submit(draft.slug)).status).toBe(409)
    expect((await submit('khong-co-cuoc-thi-nay')).status).toBe(404)
  })

  test('bad input is refused clearly and leaves nothing behind', async () => {
    const contest = await makeContest({ maxPhotos: 2 })
    const mediaBefore = (await newsroom.payload.count({ collection: 'media', overrideAccess: true })).totalDocs
    const cases: [Record<string, unknown>, Blob[] | null, number, string][] = [
      [{ consentPublication: false }, null, 400, 'entry_consent_required'],
      [{ name: '  ' }, null, 400, 'entry_name_required'],
      [{ contact: 'không có' }, null, 400, 'entry_contact_invalid'],
      [{ title: '<script>alert(1)</script>' }, null, 400, 'entry_title_required'],
      [{}, [], 400, 'entry_photos_required'],
      [{}, [await photo(), await photo(), await photo()], 400, 'entry_too_many_photos'],
      [{ contact: '0922222222' }, [await photo(HTML_PAGE, 'image/jpeg')], 415, 'file_type_not_allowed'],
      [{ contact: '0922222223' }, [await photo(await paddedJpeg(26 * 1024 * 1024))], 413, 'request_too_large'],
    ]
    for (const [fields, photos, status, code] of cases) {
      const response = await submit(contest.slug, fields, photos)
      expect([response.status, response.body.errors?.[0]?.data?.code]).toEqual([status, code])
      expect(response.body.errors[0].message).toMatch(/[à-ỹ]/)
    }
    expect((await newsroom.payload.count({ collection: 'media', overrideAccess: true })).totalDocs).toBe(mediaBefore)
    expect(
      (
        await newsroom.payload.count({
          collection: 'contest-entries',
          where: { contest: { equals: contest.id } },
          overrideAccess: true,
        })
      ).totalDocs,
    ).toBe(0)

    const scripted = await submit(contest.slug, {
      contact: '0933333333',
      title: 'Quê tôi <script>alert(document.cookie)</script><b>đẹp</b>',
      story: '<img src=x onerror=alert(1)>Chuyện kể',
    })
    expect(scripted.status).toBe(201)
    const entry = await entryOf(await entryIdByNumber(contest.id, scripted.body.number))
    expect(entry.title).toBe('Quê tôi đẹp')
    expect(entry.story).toBe('Chuyện kể')
  })

  test('writing and video-link contests check words and links', async () => {
    const writing = await makeContest({ kind: 'writing', maxWords: 5 })
    const long = await submit(writing.slug, { text: 'một hai ba bốn năm sáu' }, [])
    expect(long.body.errors[0].data.code).toBe('entry_too_many_words')
    expect((await submit(writing.slug, { text: 'một hai ba' }, [])).status).toBe(201)
    const video = await makeContest({ kind: 'video_link' })
    for (const link of ['javascript:alert(1)', 'https://example.com/v', 'ftp://youtube.com/x']) {
      expect((await submit(video.slug, { link }, [])).body.errors[0].data.code).toBe('entry_link_invalid')
    }
    expect((await submit(video.slug, { link: 'https://www.youtube.com/watch?v=abc' }, [])).status).toBe(201)
  })

  test('a members-only contest takes only members of the page', async () => {
    const contest = await makeContest({ eligibility: 'members' })
    const stranger = await submit(contest.slug, { contact: '0944444444' })
    expect(stranger.status).toBe(403)
    expect(stranger.body.errors[0].data.code).toBe('members_only')
    const unit = await newsroom.payload.create({ collection: 'units', data: { name: `Chi bộ ${Date.now()}` } as never })
    await newsroom.payload.create({
      collection: 'members',
      data: { fullName: 'Trần Thị Bình', phone: '0944444444', unit: unit.id, page: pages.a.id } as never,
      overrideAccess: true,
    })
    expect((await submit(contest.slug, { contact: '0944444444' })).status).toBe(201)
  })

  test('too many attempts from one contact are slowed down', async () => {
    const contest = await makeContest({ entriesPerPerson: 10 })
    const statuses: number[] = []
    for (let n = 0; n < 5; n += 1) statuses.push((await submit(contest.slug, { contact: 'nhanh@example.vn' })).status)
    expect(statuses).toEqual([201, 201, 201, 201, 429])
  })
})

describe('moderation, contact details, withdrawal and votes', () => {
  test('moderators of the page approve or reject with a reason; contact details stay with the board', async () => {
    const contest = await makeContest()
    const sent = await submit(contest.slug, { contact: 'an.nguyen@example.vn' })
    const id = await entryIdByNumber(contest.id, sent.body.number)
    const path = `/api/contest-entries/${id}/transition`

    expect(
      (await newsroom.api('POST', path, { token: pages.b.team.board.token, json: { action: 'approve' } })).status,
    ).toBe(404)
    expect(
      (await newsroom.api('POST', path, { token: pages.a.team.collaborator.token, json: { action: 'approve' } }))
        .status,
    ).toBe(403)
    expect((await newsroom.api('POST', path, { json: { action: 'approve' } })).status).toBe(401)
    const noReason = await newsroom.api('POST', path, { token: pages.a.team.editor.token, json: { action: 'reject' } })
    expect(noReason.body.errors[0].data.code).toBe('reason_required')
    const approved = await newsroom.api('POST', path, { token: pages.a.team.editor.token, json: { action: 'approve' } })
    expect(approved.status).toBe(200)
    expect(approved.body.stage).toBe('approved')
    // The editor moderates but never sees how to reach the entrant.
    expect(approved.body.entrant.name).toBe('Nguyễn Văn An')
    expect(JSON.stringify(approved.body)).not.toContain('an.nguyen@example.vn')
    expect(approved.body).not.toHaveProperty('contactKey')
    expect(approved.body).not.toHaveProperty('confirmationCode')
    const publish = await newsroom.api('POST', path, { token: pages.a.team.board.token, json: { action: 'publish' } })
    expect(publish.status).toBe(403)

    const asBoard = await newsroom.api('GET', `/api/contest-entries/${id}`, { token: pages.a.team.board.token })
    expect(asBoard.body.entrant.email).toBe('an.nguyen@example.vn')
    const anonymous = await newsroom.api('GET', `/api/contest-entries?where[contest][equals]=${contest.id}`)
    expect(JSON.stringify(anonymous.body)).not.toContain('an.nguyen')
    const otherPage = await newsroom.api('GET', `/api/contest-entries/${id}`, { token: pages.b.team.board.token })
    expect(otherPage.status).toBe(404)

    const direct = await newsroom.api('PATCH', `/api/contest-entries/${id}`, {
      token: pages.a.team.board.token,
      json: { stage: 'scored' },
    })
    expect(direct.status).toBe(403)
  })

  test('the public gallery shows approved entries a page at a time, by number, with no contact', async () => {
    const contest = await makeContest()
    const approved = GALLERY_PAGE_SIZE + 2
    for (let number = 1; number <= approved + 1; number += 1) {
      await newsroom.payload.create({
        collection: 'contest-entries',
        data: {
          contest: contest.id,
          number,
          title: `Tác phẩm ${number}`,
          stage: number <= approved ? 'approved' : 'submitted',
          entrant: { name: `Người ${number}`, phone: `09120000${String(number).padStart(2, '0')}` },
        } as never,
        overrideAccess: true,
      })
    }
    const first = (await loadContestPage(newsroom.payload, contest.slug))!
    expect(first).toMatchObject({ totalEntries: approved, galleryPage: 1, galleryPages: 2 })
    expect(first.entries.map((entry) => entry.number)).toEqual(
      Array.from({ length: GALLERY_PAGE_SIZE }, (_, index) => index + 1),
    )
    const second = (await loadContestPage(newsroom.payload, contest.slug, 2))!
    expect(second.entries.map((entry) => entry.number)).toEqual([GALLERY_PAGE_SIZE + 1, GALLERY_PAGE_SIZE + 2])
    expect(JSON.stringify([first, second])).not.toContain('0912')
    // A page number from the address bar that is not one reads as the first page.
    expect((await loadContestPage(newsroom.payload, contest.slug, Number('abc')))!.galleryPage).toBe(1)
  })

  test('the entrant withdraws with code and contact before judging, then may enter again', async () => {
    const contest = await makeContest()
    const sent = await submit(contest.slug, { contact: '0955555555' })
    const withdraw = (json: Record<string, unknown>) =>
      newsroom.api('POST', `/api/contests/${contest.slug}/entries/withdraw`, { json })
    expect((await withdraw({ code: 'AAAA-BBBB', contact: '0955555555' })).status).toBe(404)
    expect((await withdraw({ code: sent.body.code, contact: '0955555556' })).status).toBe(404)
    const done = await withdraw({ code: sent.body.code.toLowerCase(), contact: '+84955555555' })
    expect(done.status).toBe(200)
    const entry = await entryOf(await entryIdByNumber(contest.id, sent.body.number))
    expect(entry.stage).toBe('withdrawn')
    expect(entry.withdrawnAt).toBeTruthy()
    expect((await submit(contest.slug, { contact: '0955555555' })).status).toBe(201)

    const judged = await makeContest()
    const kept = await submit(judged.slug, { contact: '0966666666' })
    await newsroom.payload.update({
      collection: 'contests',
      id: judged.id,
      data: { stage: 'judging' },
      overrideAccess: true,
    })
    const late = await newsroom.api('POST', `/api/contests/${judged.slug}/entries/withdraw`, {
      json: { code: kept.body.code, contact: '0966666666' },
    })
    expect(late.status).toBe(409)
  })

  test('one vote per visitor on approved entries, counted atomically, none after closing', async () => {
    const contest = await makeContest()
    const sent = await submit(contest.slug, { contact: '0977777777' })
    const id = await entryIdByNumber(contest.id, sent.body.number)
    const vote = (cookie?: string) =>
      newsroom.api('POST', `/api/contest-entries/${id}/vote`, { headers: cookie ? { cookie } : {} })
    expect((await vote()).status).toBe(404)
    await newsroom.api('POST', `/api/contest-entries/${id}/transition`, {
      token: pages.a.team.board.token,
      json: { action: 'approve' },
    })
    const first = await vote()
    expect(first.status).toBe(200)
    expect(first.body.votes).toBe(1)
    const cookie = first.headers.get('set-cookie')!.split(';')[0]!
    expect((await vote(cookie)).status).toBe(409)
    expect((await vote(cookie.replace(/~.*/, '~forged'))).status).toBe(200)
    const together = await Promise.all([vote(), vote(), vote()])
    expect(together.map((one) => one.status)).toEqual([200, 200, 200])
    expect((await entryOf(id)).votes).toBe(5)

    await newsroom.payload.update({
      collection: 'contests',
      id: contest.id,
      data: { closesAt: new Date(Date.now() - 1).toISOString() },
      overrideAccess: true,
    })
    expect((await vote()).body.errors[0].data.code).toBe('votes_closed')
  })

  test('entries sending the same photo are flagged as duplicates of each other', async () => {
    const contest = await makeContest()
    const same = await plainImage(420, 280)
    const first = await submit(contest.slug, { contact: '0988888881' }, [await photo(same)])
    const second = await submit(contest.slug, { contact: '0988888882' }, [await photo(same)])
    const [a, b] = [
      await entryIdByNumber(contest.id, first.body.number),
      await entryIdByNumber(contest.id, second.body.number),
    ]
    expect((await entryOf(b)).duplicateOf.map(String)).toEqual([String(a)])
    const third = await submit(contest.slug, { contact: '0988888883' })
    expect((await entryOf(await entryIdByNumber(contest.id, third.body.number))).duplicateOf).toEqual([])
  })
})
