import { Avatar, PAGE_NAME } from './brand'
import type { FeedPhoto, FeedPost } from './feed'
import { vnDateTime } from '../../../time/vietnam'
import { LexicalBody } from './lexicalHtml'

export const anchorOf = (storyId: string) => `bai-${storyId}`

/** Lands on the post even when it has moved off the first page (see Timeline's permalink script). */
export const permalinkOf = (storyId: string) => `/fanpage?bai=${encodeURIComponent(storyId)}#${anchorOf(storyId)}`

const Photo = ({ photo, eager }: { photo: FeedPhoto; eager: boolean }) => (
  <figure className="fp-photo">
    <img
      src={photo.src}
      alt={photo.caption}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
    {(photo.caption || photo.credit) && (
      <figcaption>
        {photo.caption}
        {photo.credit && <span className="fp-photo__credit">Ảnh: {photo.credit}</span>}
      </figcaption>
    )}
  </figure>
)

export const PostCard = ({ post, eagerPhoto = false }: { post: FeedPost; eagerPhoto?: boolean }) => {
  const anchor = anchorOf(post.storyId)
  return (
    <article className="fp-card fp-post" id={anchor} aria-labelledby={`${anchor}-tieu-de`}>
      <header className="fp-post__head">
        <Avatar size="small" />
        <div>
          <div className="fp-post__page">{PAGE_NAME}</div>
          <div className="fp-post__meta">
            <a href={permalinkOf(post.storyId)} title="Liên kết đến bài này">
              <time dateTime={post.publishedAt ?? undefined}>{vnDateTime(post.publishedAt)}</time>
            </a>
            {post.area && (
              <>
                <span aria-hidden="true"> · </span>
                <span className="fp-post__area">{post.area.name}</span>
              </>
            )}
          </div>
        </div>
      </header>
      <div className="fp-post__text">
        <h2 className="fp-post__title" id={`${anchor}-tieu-de`}>
          {post.title}
        </h2>
        {post.summary && <p className="fp-post__summary">{post.summary}</p>}
        <LexicalBody state={post.body} />
        {post.area && post.area.hashtags.length > 0 && (
          <p className="fp-post__tags">
            {post.area.hashtags.map((tag) => (
              <span key={tag}>{tag}</span>
            ))}
          </p>
        )}
      </div>
      {post.photos.length > 0 && (
        <div className="fp-post__photos">
          {post.photos.map((photo, index) => (
            <Photo key={photo.id} photo={photo} eager={eagerPhoto && index === 0} />
          ))}
        </div>
      )}
    </article>
  )
}
