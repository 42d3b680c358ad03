import type { Payload } from 'payload'
import { richText } from './richText'

export const DEMO_ACCOUNTS = [
  { email: 'admin@demo.local', password: 'demo-admin-2024', name: 'Quản trị hệ thống', roles: ['admin'] },
  { email: 'bbt@demo.local', password: 'demo-board-2024', name: 'Ban Biên tập', roles: ['board'] },
  {
    email: 'bientap.kinhte@demo.local',
    password: 'demo-editor-2024',
    name: 'Biên tập viên mảng Kinh tế',
    roles: ['editor'],
    areas: ['Kinh tế'],
  },
  {
    email: 'ctv@demo.local',
    password: 'demo-ctv-2024',
    name: 'Cộng tác viên Chi bộ 1',
    roles: ['collaborator'],
    unit: 'Chi bộ 1',
  },
] as const

const AREAS = [
  { name: 'Xây dựng Đảng', hashtags: '#XayDungDang #PhuRiengDo' },
  { name: 'Kinh tế', hashtags: '#KinhTe #PhuRiengDo' },
  { name: 'Văn hóa - Xã hội', hashtags: '#VanHoaXaHoi #PhuRiengDo' },
  { name: 'Quốc phòng - An ninh', hashtags: '#QuocPhongAnNinh #PhuRiengDo' },
]

const UNITS = [
  ...Array.from({ length: 12 }, (_, index) => `Chi bộ ${index + 1}`),
  'Đảng ủy xã Phú Riềng',
  'Đoàn Thanh niên',
  'Hội Cựu chiến binh',
]

/** True when the database has no user yet: the only time the demo newsroom is created. */
export const isEmptyNewsroom = async (payload: Payload) =>
  (await payload.count({ collection: 'users' })).totalDocs === 0

/**
 * The demo newsroom of SPEC.md: areas, units, the four demo accounts, the local preview channel and
 * two stories to start from. Runs once, on an empty database.
 */
export const seedDemoNewsroom = async (payload: Payload, log: (line: string) => void = () => {}) => {
  const areaIds = new Map<string, string | number>()
  for (const area of AREAS) {
    areaIds.set(area.name, (await payload.create({ collection: 'areas', data: area })).id)
  }
  log(`  ${AREAS.length} mảng nội dung`)
  const unitIds = new Map<string, string | number>()
  for (const name of UNITS) unitIds.set(name, (await payload.create({ collection: 'units', data: { name } })).id)
  log(`  ${UNITS.length} đơn vị`)

  const userIds = new Map<string, string | number>()
  for (const account of DEMO_ACCOUNTS) {
    const user = await payload.create({
      collection: 'users',
      data: {
        email: account.email,
        password: account.password,
        name: account.name,
        roles: [...account.roles],
        areas: 'areas' in account ? account.areas.map((name) => areaIds.get(name)!) : [],
        unit: 'unit' in account ? unitIds.get(account.unit) : undefined,
      } as never,
    })
    userIds.set(account.email, user.id)
  }
  log(`  ${DEMO_ACCOUNTS.length} tài khoản demo`)

  await payload.create({
    collection: 'channels',
    data: { name: 'Fanpage (xem trước)', kind: 'local_feed', enabled: true },
  })

  const author = userIds.get('ctv@demo.local')
  await payload.create({
    collection: 'stories',
    data: {
      title: 'Phú Riềng ra quân làm đường giao thông nông thôn',
      summary: 'Bà con các ấp góp công, góp đất mở rộng tuyến đường liên ấp.',
      body: richText(
        'Sáng Chủ nhật, hàng trăm đoàn viên, hội viên và bà con nhân dân đã cùng ra quân làm đường.',
        'Tuyến đường dài 2,5 km được mở rộng, đổ bê tông, phục vụ đi lại và vận chuyển nông sản.',
      ),
      area: areaIds.get('Kinh tế'),
      author,
      format: 'news',
    } as never,
  })
  log('  2 bài viết mẫu')
  await payload.create({
    collection: 'stories',
    data: {
      title: 'Chi bộ 1 sinh hoạt chuyên đề học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      body: richText('Buổi sinh hoạt chuyên đề có sự tham gia của toàn thể đảng viên trong chi bộ.'),
      area: areaIds.get('Xây dựng Đảng'),
      author,
      format: 'news',
    } as never,
  })
}
