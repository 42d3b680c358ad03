/**
 * The pages of a Phú Riềng district network, for the demo and for `npm run seed:network`: the
 * district page, then its communes, the district's agencies and mass organisations, and party cells
 * of hamlets. Plausible names for a demonstration, not an official list.
 */

const COMMUNES = [
  'Bù Nho',
  'Long Bình',
  'Long Hà',
  'Long Hưng',
  'Long Tân',
  'Phú Riềng',
  'Phú Trung',
  'Bình Sơn',
  'Bình Tân',
  'Phước Tân',
]

const AGENCIES = [
  'Chi bộ Văn phòng Huyện ủy',
  'Chi bộ các Ban xây dựng Đảng Huyện ủy',
  'Chi bộ Ủy ban Kiểm tra Huyện ủy',
  'Chi bộ Văn phòng HĐND và UBND huyện',
  'Chi bộ Ủy ban MTTQ Việt Nam huyện',
  'Huyện đoàn Phú Riềng',
  'Hội Liên hiệp Phụ nữ huyện',
  'Hội Nông dân huyện',
  'Hội Cựu chiến binh huyện',
  'Đảng bộ Công an huyện',
  'Đảng bộ Quân sự huyện',
  'Chi bộ Trung tâm Y tế huyện',
  'Chi bộ Phòng Giáo dục và Đào tạo',
  'Chi bộ Trường THPT Phú Riềng',
  'Chi bộ Trung tâm Văn hóa, Thể thao và Truyền thông',
  'Đảng bộ Công ty Cao su Phú Riềng',
  'Chi bộ Ngân hàng Chính sách xã hội huyện',
  'Chi bộ Chi cục Thuế khu vực',
]

const HAMLET_CELLS = [
  'Chi bộ thôn Phú Lâm, xã Phú Riềng',
  'Chi bộ thôn Bình Thủy, xã Phú Riềng',
  'Chi bộ thôn 2, xã Long Hà',
  'Chi bộ thôn 5, xã Long Hà',
  'Chi bộ thôn Tân Hưng, xã Long Tân',
  'Chi bộ thôn Phú Thịnh, xã Phú Trung',
  'Chi bộ thôn Bình Giai, xã Bình Sơn',
  'Chi bộ thôn Tân Lực, xã Bù Nho',
  'Chi bộ thôn 8, xã Long Hưng',
  'Chi bộ thôn Đồng Tháp, xã Phước Tân',
  'Chi bộ thôn Bình Thuận, xã Bình Tân',
]

/** Lowercase ASCII with dashes: the page's `/p/<slug>` and the accounts' e-mail part. */
export const slugify = (name: string): string =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

export interface NetworkPageSpec {
  name: string
  slug: string
  level: 'district' | 'grassroots'
}

/** The 39 grassroots pages, in a stable order (communes first). */
export const GRASSROOTS_PAGES: NetworkPageSpec[] = [
  ...COMMUNES.map((commune) => `Đảng ủy xã ${commune}`),
  ...AGENCIES,
  ...HAMLET_CELLS,
].map((name) => ({ name, slug: slugify(name), level: 'grassroots' as const }))

/** Each grassroots page's content areas (the district keeps the demo's four). */
export const GRASSROOTS_AREAS = [
  { name: 'Xây dựng Đảng', hashtags: '#XayDungDang' },
  { name: 'Kinh tế - Xã hội', hashtags: '#KinhTeXaHoi' },
  { name: 'Quốc phòng - An ninh', hashtags: '#QuocPhongAnNinh' },
]

export const DISTRICT_AREAS = [
  { name: 'Xây dựng Đảng', hashtags: '#XayDungDang #PhuRiengDo' },
  { name: 'Kinh tế', hashtags: '#KinhTe #PhuRiengDo' },
  { name: 'Văn hóa - Xã hội', hashtags: '#VanHoaXaHoi #PhuRiengDo' },
  { name: 'Quốc phòng - An ninh', hashtags: '#QuocPhongAnNinh #PhuRiengDo' },
]

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô']
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Thanh', 'Ngọc', 'Hữu', 'Đức', 'Thu', 'Quốc', 'Hoài', 'Kim']
const GIVEN = [
  'An',
  'Bình',
  'Cường',
  'Dũng',
  'Hà',
  'Hải',
  'Hạnh',
  'Hùng',
  'Hương',
  'Khánh',
  'Lan',
  'Linh',
  'Long',
  'Mai',
  'Nam',
  'Nga',
  'Phúc',
  'Quang',
  'Sơn',
  'Tâm',
  'Thảo',
  'Trang',
  'Tuấn',
  'Vy',
  'Yến',
]

/** A plausible Vietnamese full name, the same for the same number on every run. */
export const personName = (index: number): string =>
  `${FAMILY[index % FAMILY.length]} ${MIDDLE[Math.floor(index / 3) % MIDDLE.length]} ${GIVEN[Math.floor(index * 7) % GIVEN.length]}`
