import config from '@payload-config'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { getPayload } from 'payload'
import { cache } from 'react'

import { type ContestPage, loadContestPage } from '../../../../contests/gallery'
import { CONTEST_STAGE_LABELS } from '../../../../contests/labels'
import { PlainText } from '../../fanpage/plainText'
import '../contest.css'
import { EntryForm } from './EntryForm'
import { VoteButton } from './VoteButton'

// Rendered per request from the database (the build has none).
export const dynamic = 'force-dynamic'

type Params = { params: Promise<{ slug: string }>; searchParams: Promise<{ trang?: string }> }

// The metadata and the page read the same contest: once per request.
const contestPage = cache(async (slug: string, galleryPage = 1) =>
  loadContestPage(await getPayload({ config }), slug, galleryPage),
)

const dateTime = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(
    new Date(iso),
  )

const takingEntries = (contest: ContestPage, now: number) =>
  contest.stage === 'open' && new Date(contest.opensAt).getTime() <= now && new Date(contest.closesAt).getTime() > now

export const generateMetadata = async ({ params }: Params): Promise<Metadata> => {
  const contest = await contestPage((await params).slug)
  return { title: contest ? contest.title : 'Cuộc thi' }
}

/** "Trang trước / Trang sau" under a gallery of more than one page. */
const GalleryPager = ({ contest }: { contest: ContestPage }) => {
  if (contest.galleryPages <= 1) return null
  const link = (page: number) => `/cuoc-thi/${contest.slug}?trang=${page}#tac-pham`
  return (
    <nav className="fp-card ct-pager" aria-label="Các trang tác phẩm">
      {contest.galleryPage > 1 ? <a href={link(contest.galleryPage - 1)}>‹ Trang trước</a> : <span />}
      <span>
        Trang {contest.galleryPage}/{contest.galleryPages}
      </span>
      {contest.galleryPage < contest.galleryPages ? <a href={link(contest.galleryPage + 1)}>Trang sau ›</a> : <span />}
    </nav>
  )
}

/** `/cuoc-thi/<slug>`: a contest's rules, its approved entries and, while it is open, the entry form. */
const ContestView = async ({ params, searchParams }: Params) => {
  const contest = await contestPage((await params).slug, Number((await searchParams).trang ?? 1))
  if (!contest) notFound()
  const now = Date.now()
  const open = takingEntries(contest, now)
  const voting = contest.votesOnSite && open
  return (
    <div className="fp ct">
      <header className="fp-card ct-head">
        <p className="ct-stage">{CONTEST_STAGE_LABELS[contest.stage].vi}</p>
        <h1>{contest.title}</h1>
        <p className="ct-dates">
          Nhận bài từ {dateTime(contest.opensAt)} đến {dateTime(contest.closesAt)}
          {contest.hashtag ? ` · ${contest.hashtag}` : ''}
        </p>
      </header>
      <div className="ct-layout">
        <section className="fp-card ct-rules" aria-label="Thể lệ">
          <h2>Thể lệ</h2>
          <PlainText text={contest.rulesText} />
          {contest.prizes.length > 0 && (
            <>
              <h3>Giải thưởng</h3>
              <ul>
                {contest.prizes.map((prize) => (
                  <li key={prize.name}>
                    {prize.name}: {prize.count} giải
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
        {open ? (
          <EntryForm
            slug={contest.slug}
            kind={contest.kind}
            maxPhotos={contest.maxPhotos}
            maxWords={contest.maxWords}
            membersOnly={contest.eligibility === 'members'}
          />
        ) : (
          <p className="fp-card ct-note">Cuộc thi hiện không nhận bài.</p>
        )}
        <section className="ct-gallery" aria-label="Tác phẩm dự thi" id="tac-pham">
          <h2>Tác phẩm dự thi ({contest.totalEntries})</h2>
          {contest.entries.length === 0 && <p className="fp-card ct-note">Chưa có tác phẩm nào được duyệt.</p>}
          {contest.entries.map((entry) => (
            <article className="fp-card ct-entry" key={entry.id} id={`bai-${entry.number}`}>
              {entry.photos > 0 && (
                <img
                  src={`/cuoc-thi/${contest.slug}/anh/${entry.id}-1`}
                  alt={entry.title}
                  loading="lazy"
                  className="ct-entry__photo"
                />
              )}
              <div className="ct-entry__body">
                <h3>
                  <span className="ct-entry__number">#{entry.number}</span> {entry.title}
                </h3>
                <p className="ct-entry__author">
                  {entry.author}
                  {entry.place ? ` · ${entry.place}` : ''}
                  {entry.prize ? ` · ${entry.prize}` : ''}
                </p>
                {entry.story && <PlainText text={entry.story} />}
                {entry.text && <PlainText text={entry.text} />}
                {entry.link && (
                  <p>
                    <a href={entry.link} rel="noopener nofollow ugc" target="_blank">
                      Xem video
                    </a>
                  </p>
                )}
                {voting ? (
                  <VoteButton entryId={entry.id} initial={entry.votes} />
                ) : (
                  entry.votes > 0 && <p className="fp-react__count">{entry.votes} lượt bình chọn</p>
                )}
              </div>
            </article>
          ))}
          <GalleryPager contest={contest} />
        </section>
      </div>
    </div>
  )
}

export default ContestView
