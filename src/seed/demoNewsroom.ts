import type { Payload } from 'payload'

import type { Id, Role } from '../workflow/roles'
import { seedDemoCampaigns } from './demoCampaigns'
import { demoMemberCount, seedDemoMembers } from './demoMembers'
import { ensureDistrict } from './network'
import { GRASSROOTS_AREAS, slugify } from './networkPages'
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

/** The password of every grassroots demo account (published like the others, refused in production). */
export const DEMO_GRASSROOTS_PASSWORD = 'demo-coso-2024'

/** Two small grassroots pages under the district page, so that the demo shows a network. */
export const DEMO_GRASSROOTS_PAGES = [
  { name: 'Đảng ủy xã Phú Riềng', unit: 'Đảng ủy xã Phú Riềng', people: 'phurieng', label: 'xã Phú Riềng' },
  { name: 'Huyện đoàn Phú Riềng', unit: 'Đoàn Thanh niên', people: 'huyendoan', label: 'Huyện đoàn' },
].map((page) => ({ ...page, slug: slugify(page.name) }))

const DEMO_GRASSROOTS_ROLES = [
  { prefix: 'bbt', title: 'Ban biên tập', roles: ['board'] },
  { prefix: 'bientap', title: 'Biên tập viên', roles: ['editor'] },
  { prefix: 'ctv', title: 'Cộng tác viên', roles: ['collaborator'] },
] as const

/** The grassroots demo accounts: board, editor (of every area of the page) and collaborator of each page. */
export const DEMO_GRASSROOTS_ACCOUNTS = DEMO_GRASSROOTS_PAGES.flatMap((page) =>
  DEMO_GRASSROOTS_ROLES.map((role) => ({
    email: `${role.prefix}.${page.people}@demo.local`,
    password: DEMO_GRASSROOTS_PASSWORD,
    name: `${role.title} ${page.label}`,
    roles: [...role.roles] as Role[],
    page: page.slug,
  })),
)

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

/** A page's membership for these roles (none for an admin, whose role is installation-wide). */
const membershipsIn = (page: Id, roles: readonly Role[]) => {
  const inPage = roles.filter((role) => role !== 'admin')
  return inPage.length ? [{ page, roles: inPage }] : []
}

/** The two grassroots pages, each with two areas, a local feed channel, three people and a draft. */
const seedGrassrootsPages = async (payload: Payload, district: Id, unitIds: Map<string, Id>) => {
  for (const spec of DEMO_GRASSROOTS_PAGES) {
    const page = await payload.create({
      collection: 'pages',
      data: {
        name: spec.name,
        slug: spec.slug,
        level: 'grassroots',
        parent: district,
        units: [unitIds.get(spec.unit)!],
      },
      overrideAccess: true,
    })
    const areas: Id[] = []
    for (const area of GRASSROOTS_AREAS.slice(0, 2))
      areas.push((await payload.create({ collection: 'areas', data: { ...area, page: page.id } as never })).id)
    await payload.create({
      collection: 'channels',
      data: { name: `Trang tin ${spec.name}`, kind: 'local_feed', enabled: true, page: page.id } as never,
    })
    let author: Id | undefined
    for (const account of DEMO_GRASSROOTS_ACCOUNTS.filter((candidate) => candidate.page === spec.slug)) {
      const user = await payload.create({
        collection: 'users',
        data: {
          email: account.email,
          password: account.password,
          name: account.name,
          roles: account.roles,
          memberships: membershipsIn(page.id, account.roles),
          areas: account.roles.includes('editor') ? areas : [],
          unit: account.roles.includes('collaborator') ? unitIds.get(spec.unit) : undefined,
        } as never,
      })
      if (account.roles.includes('collaborator')) author = user.id
    }
    await payload.create({
      collection: 'stories',
      data: {
        title: `${spec.name} ra quân hưởng ứng ngày hội đại đoàn kết toàn dân tộc`,
        body: richText('Đoàn viên, hội viên cùng bà con dọn vệ sinh, trồng cây xanh trên các tuyến đường.'),
        area: areas[0],
        author,
        page: page.id,
        format: 'news',
      } as never,
    })
  }
}

/**
 * The demo newsroom of SPEC.md: the district page with its areas, units, the four demo accounts, the
 * local preview channel and two stories to start from; and two small grassroots pages with a few
 * people each. Runs once, on an empty database.
 */
export const seedDemoNewsroom = async (payload: Payload, log: (line: string) => void = () => {}) => {
  const district = (await ensureDistrict(payload)).doc.id as Id
  const areaIds = new Map<string, string | number>()
  for (const area of AREAS) {
    areaIds.set(
      area.name,
      (await payload.create({ collection: 'areas', data: { ...area, page: district } as never })).id,
    )
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
        memberships: membershipsIn(district, account.roles),
        areas: 'areas' in account ? account.areas.map((name) => areaIds.get(name)!) : [],
        unit: 'unit' in account ? unitIds.get(account.unit) : undefined,
      } as never,
    })
    userIds.set(account.email, user.id)
  }
  log(`  ${DEMO_ACCOUNTS.length} tài khoản demo`)

  await payload.create({
    collection: 'channels',
    data: { name: 'Fanpage (xem trước)', kind: 'local_feed', enabled: true, page: district } as never,
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
      page: district,
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
      page: district,
      format: 'news',
    } as never,
  })

  await seedGrassrootsPages(payload, district, unitIds)
  log(
    `  ${DEMO_GRASSROOTS_PAGES.length} trang cơ sở: ${DEMO_GRASSROOTS_PAGES.map((page) => page.name).join(', ')} ` +
      `(tài khoản ${DEMO_GRASSROOTS_ACCOUNTS.map((account) => account.email).join(', ')}; mật khẩu ${DEMO_GRASSROOTS_PASSWORD})`,
  )
  // The party members' network (issue 10): DEMO_MEMBERS=0 leaves it out.
  await seedDemoMembers(payload, { page: district, units: UNITS, count: demoMemberCount(), log })
  await seedDemoCampaigns(payload, { page: district, log })
}
