'use client'
import type { PostLink } from '../../publishing/postLinks'
import { safeLink } from '../publications/safeLink'
import { useNewsroomTranslation } from '../i18n'

/** Where the story can be read now: the local feed and the Facebook post, each in a new tab. */
export const PostLinks = ({ posts }: { posts: readonly PostLink[] }) => {
  const { t } = useNewsroomTranslation()
  if (posts.length === 0) return null
  return (
    <div className="newsroom-posts">
      <div className="newsroom-workflow__heading">{t('newsroom:postsTitle')}</div>
      <ul className="newsroom-posts__list">
        {posts.map((post) => {
          const href = safeLink(post.url)
          if (!href) return null
          return (
            <li data-kind={post.kind} key={href}>
              <a className="newsroom-posts__link" href={href} rel="noopener noreferrer" target="_blank">
                {t(post.kind === 'facebook_page' ? 'newsroom:postOnFacebook' : 'newsroom:postOnLocalFeed')}:{' '}
                {post.channel} ↗
              </a>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
