const HomePage = () => (
  <main style={{ maxWidth: 640, margin: '0 auto', padding: '48px 16px' }}>
    <h1>Tòa soạn cộng tác viên</h1>
    <p>Hệ thống tiếp nhận, biên tập, duyệt và đăng bài lên fanpage.</p>
    <p>
      <a href="/admin">Đăng nhập tòa soạn →</a>
    </p>
  </main>
)

export default HomePage
