export const PAGE_NAME = 'Phú Riềng đỏ - Xưa và nay'
export const PAGE_DESCRIPTION =
  'Tin tức, hình ảnh về quê hương Phú Riềng đỏ xưa và nay, do cộng tác viên gửi và Ban Biên tập duyệt đăng.'

/** The page's round picture: a yellow star on red, drawn inline so the page needs no image files. */
export const Avatar = ({ size }: { size: 'large' | 'small' }) => (
  <span className={`fp-avatar fp-avatar--${size}`} aria-hidden="true">
    <svg viewBox="0 0 100 100" focusable="false">
      <circle cx="50" cy="50" r="50" fill="#c8102e" />
      <polygon
        fill="#ffcd00"
        points="50,18 57.6,41.4 82.3,41.4 62.3,55.9 69.9,79.3 50,64.8 30.1,79.3 37.7,55.9 17.7,41.4 42.4,41.4"
      />
    </svg>
  </span>
)
