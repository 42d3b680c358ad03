import { Avatar, PAGE_NAME } from './brand'
import type { FeedPhoto, FeedPost } from './feed'
import { vnDateTime } from '../../../time/vietnam'
import { PlainText } from './plainText'
import { ReactionButton } from './ReactionButton'

export const anchorOf = (storyId: string) => `bai-${storyId}`

/** Lands on the post even when it has moved off the first page (see Timeline's permalink script). */
export const permalinkOf = (storyId: string) => `/fanpage?bai=${encodeURIComponent(storyId)}#${anchorOf(storyId)}`

const Photo = ({ photo, eager }: { photo: FeedPhoto; eager: boolean }) => (
  <figure className="fp-photo">
    <img
      src={photo.src}
      alt={photo.alt}
      width={photo.width ?? undefined}
      height={photo.height ?? undefined}
      loading={eager ? 'eager' : 'lazy'}
      decoding="async"
    />
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
          </div>
        </div>
      </header>
      <div className="fp-post__text">
        <h2 className="fp-post__title" id={`${anchor}-tieu-de`}>
          {post.text.title}
        </h2>
        <PlainText text={post.text.body} />
        {post.text.hashtags.length > 0 && <p className="fp-post__tags">{post.text.hashtags.join(' ')}</p>}
        {post.text.credit && <p className="fp-post__credit">{post.text.credit}</p>}
      </div>
      {post.photos.length > 0 && (
        <div className="fp-post__photos">
          {post.photos.map((photo, index) => (
            <Photo key={photo.src} photo={photo} eager={eagerPhoto && index === 0} />
          ))}
        </div>
      )}
      <ReactionButton storyId={post.storyId} initial={post.reactions} />
    </article>
  )
}
