import { Avatar, PAGE_DESCRIPTION, PAGE_NAME } from './brand'
import type { Feed } from './feed'
import { PostCard } from './PostCard'
import { ViewCounter } from './ViewCounter'

// A permalink "/fanpage#bai-…" names a post but not its page; when the post is not on this one, ask
// the server for the page that holds it (once: "?bai=" already there means it is gone).
const PERMALINK_SCRIPT = `(function(){var m=/^#bai-([A-Za-z0-9_-]{1,64})$/.exec(location.hash);if(!m||document.getElementById('bai-'+m[1])||/[?&]bai=/.test(location.search))return;location.replace(location.pathname+'?bai='+encodeURIComponent(m[1])+location.hash)})()`

const pageHref = (basePath: string, page: number) => (page <= 1 ? basePath : `${basePath}?trang=${page}`)

const PageHeader = ({ channelName }: { channelName: string | null }) => (
  <header className="fp-header">
    <div className="fp-cover" />
    <div className="fp-header__inner">
      <Avatar size="large" />
      <div className="fp-header__text">
        <h1>{PAGE_NAME}</h1>
        <p>{channelName ? `Trang thông tin · ${channelName}` : 'Trang thông tin'}</p>
      </div>
    </div>
  </header>
)

const Intro = ({ totalPosts }: { totalPosts: number }) => (
  <aside className="fp-card fp-intro" aria-label="Giới thiệu">
    <h2>Giới thiệu</h2>
    <p>{PAGE_DESCRIPTION}</p>
    <p className="fp-intro__count">{totalPosts > 0 ? `${totalPosts} bài đã đăng` : 'Chưa có bài đăng'}</p>
  </aside>
)

export const Timeline = ({ feed, basePath }: { feed: Feed; basePath: string }) => (
  <div className="fp">
    <PageHeader channelName={feed.channelName} />
    <div className="fp-layout">
      <Intro totalPosts={feed.totalPosts} />
      <main className="fp-feed">
        {feed.page > 1 && (
          <a className="fp-button fp-button--plain" href={pageHref(basePath, feed.page - 1)} rel="prev">
            Xem bài mới hơn
          </a>
        )}
        {feed.posts.map((post, index) => (
          <PostCard key={post.storyId} post={post} eagerPhoto={index === 0} />
        ))}
        {feed.posts.length === 0 && (
          <div className="fp-card fp-empty">
            {feed.page > 1 ? (
              <p>
                Không còn bài nào ở trang này. <a href={basePath}>Về trang đầu</a>
              </p>
            ) : (
              <p>Chưa có bài nào được đăng.</p>
            )}
          </div>
        )}
        {feed.hasNextPage && (
          <a className="fp-button" href={pageHref(basePath, feed.page + 1)} rel="next">
            Xem thêm
          </a>
        )}
      </main>
    </div>
    <footer className="fp-footer">
      <a href="/admin">Đăng nhập tòa soạn</a>
    </footer>
    <ViewCounter storyIds={feed.posts.map((post) => post.storyId)} />
    <script dangerouslySetInnerHTML={{ __html: PERMALINK_SCRIPT }} />
  </div>
)
