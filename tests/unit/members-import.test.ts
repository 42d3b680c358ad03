import { fold, type ImportRow, matchHeaders, rowsOfTable } from '../../src/members/import/columns'
import { neutraliseCell } from '../../src/input/formulaSafe'
import { parseCsv, toCsv } from '../../src/members/import/csv'
import { type PlanContext, planImport, summarisePlan } from '../../src/members/import/plan'

const row = (line: number, values: Partial<ImportRow>): ImportRow => ({
  line,
  fullName: '',
  unit: '',
  position: '',
  phone: '',
  email: '',
  facebook: '',
  zalo: '',
  ...values,
})

const context = (overrides: Partial<PlanContext> = {}): PlanContext => ({
  units: new Map([
    [fold('Chi bộ 1'), 1],
    [fold('Chi bộ 2'), 2],
  ]),
  members: [
    {
      id: 10,
      fullName: 'Nguyễn Văn An',
      unit: 1,
      position: 'Đảng viên',
      phone: '0912000001',
      email: 'an@example.vn',
      accountKeys: ['facebook:an.nguyen'],
    },
    { id: 20, fullName: 'Trần Thị Bình', unit: 2, phone: null, email: null, accountKeys: ['zalo:0912000002'] },
  ],
  accountOwners: new Map<string, number>([
    ['facebook:an.nguyen', 10],
    ['zalo:0912000002', 20],
  ]),
  onlyUnit: null,
  ...overrides,
})

describe('CSV', () => {
  test('commas, quotes, CRLF and a BOM', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ])
  })

  test('semicolons when the header line uses them', () => {
    expect(parseCsv('Họ và tên;Chi bộ\nAn;"Chi bộ 1; ấp 2"\n')).toEqual([
      ['Họ và tên', 'Chi bộ'],
      ['An', 'Chi bộ 1; ấp 2'],
    ])
  })

  test('a quoted field may hold a line break; the last line needs no newline', () => {
    expect(parseCsv('a,b\n"1\n2",3')).toEqual([
      ['a', 'b'],
      ['1\n2', '3'],
    ])
  })

  test.each(['=1+1', '+84912', '-2', '@SUM(A1)', '\tx', '\rx'])('%j is neutralised', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`)
  })

  test('plain text is left alone, and written CSV reads back', () => {
    expect(neutraliseCell('Nguyễn Văn An')).toBe('Nguyễn Văn An')
    const csv = toCsv([
      ['Họ và tên', 'Chi bộ'],
      ['=HYPERLINK("x")', 'Chi bộ 1, ấp 2'],
    ])
    expect(csv.startsWith('\uFEFF')).toBe(true)
    expect(parseCsv(csv)).toEqual([
      ['Họ và tên', 'Chi bộ'],
      ['\'=HYPERLINK("x")', 'Chi bộ 1, ấp 2'],
    ])
  })
})

describe('headers', () => {
  test('matched without case, diacritics or extra spaces; unknown and repeated columns ignored', () => {
    expect(
      matchHeaders(['HỌ VÀ  TÊN', 'chi bo', 'Ghi chú', 'SỐ ĐIỆN THOẠI', 'email', 'FACEBOOK', 'Zalo', 'Chi bộ']),
    ).toEqual(['fullName', 'unit', null, 'phone', 'email', 'facebook', 'zalo', null])
  })

  test('rows from the first non-empty line on, blank rows skipped, lines counted from 1', () => {
    const rows = rowsOfTable([
      [''],
      ['STT', 'Họ và tên', 'Chi bộ'],
      ['1', ' An ', 'Chi bộ 1'],
      ['', '', ''],
      ['2', 'Bình', 'Chi bộ 2'],
    ])
    expect(rows).toEqual([row(3, { fullName: 'An', unit: 'Chi bộ 1' }), row(5, { fullName: 'Bình', unit: 'Chi bộ 2' })])
  })

  test('a table without a name or cell column is not a member list', () => {
    expect(rowsOfTable([['Họ và tên', 'Email']])).toBeNull()
    expect(rowsOfTable([])).toBeNull()
  })
})

describe('planImport', () => {
  test('a new member is created with normalised phone, email and profiles', () => {
    const [plan] = planImport(
      [
        row(2, {
          fullName: '  Lê  Văn Cường ',
          unit: 'CHI BO 1',
          phone: '+84 912 000 003',
          email: 'Cuong@Example.vn',
          facebook: 'https://m.facebook.com/cuong.le/',
          zalo: '0912.000.003',
        }),
      ],
      context(),
    )
    expect(plan).toEqual({
      line: 2,
      fullName: 'Lê Văn Cường',
      action: 'create',
      values: { fullName: 'Lê Văn Cường', unit: 1, position: null, phone: '0912000003', email: 'cuong@example.vn' },
      accounts: [
        { platform: 'facebook', url: 'https://m.facebook.com/cuong.le/', profileKey: 'facebook:cuong.le' },
        { platform: 'zalo', url: '0912.000.003', profileKey: 'zalo:0912000003' },
      ],
    })
  })

  test('a member found by phone, email or name and cell; the same values change nothing', () => {
    const plans = planImport(
      [
        row(2, { fullName: 'Nguyễn Văn An', unit: 'Chi bộ 1', phone: '0912 000 001', facebook: 'fb.com/an.nguyen' }),
        row(3, { fullName: 'Trần Thị Bình', unit: 'Chi bộ 2', zalo: '+84912000002' }),
      ],
      context(),
    )
    expect(plans.map((plan) => plan.action)).toEqual(['unchanged', 'unchanged'])
  })

  test('a found member gets the changed fields and the accounts they lack; empty cells erase nothing', () => {
    const [byEmail, byName] = planImport(
      [
        row(2, { fullName: 'Nguyễn Văn An', unit: 'Chi bộ 2', email: 'AN@example.vn', position: 'Bí thư' }),
        row(3, { fullName: 'Trần Thị Bình', unit: 'Chi bộ 2', phone: '0912000002', facebook: 'facebook.com/binh' }),
      ],
      context(),
    )
    expect(byEmail).toMatchObject({
      action: 'update',
      member: 10,
      changes: { unit: 2, position: 'Bí thư' },
      accounts: [],
    })
    expect(byName).toMatchObject({
      action: 'update',
      member: 20,
      changes: { phone: '0912000002' },
      accounts: [{ platform: 'facebook', profileKey: 'facebook:binh' }],
    })
  })

  test.each([
    [{ fullName: '', unit: 'Chi bộ 1' }, 'name_missing'],
    [{ fullName: 'X', unit: 'Chi bộ 9' }, 'unit_unknown'],
    [{ fullName: 'X', unit: '' }, 'unit_unknown'],
    [{ fullName: 'X', unit: 'Chi bộ 1', phone: '12345' }, 'phone_invalid'],
    [{ fullName: 'X', unit: 'Chi bộ 1', email: 'not-an-email' }, 'email_invalid'],
    [{ fullName: 'X', unit: 'Chi bộ 1', facebook: 'https://example.com/x' }, 'profile_invalid'],
    [{ fullName: 'X', unit: 'Chi bộ 1', zalo: 'abc' }, 'profile_invalid'],
    [{ fullName: 'X', unit: 'Chi bộ 1', facebook: 'https://www.facebook.com/an.nguyen' }, 'profile_taken'],
    [{ fullName: 'X', unit: 'Chi bộ 1', zalo: '84912000002' }, 'profile_taken'],
  ] as const)('%j is refused: %s', (values, reason) => {
    expect(planImport([row(2, values)], context())[0]).toEqual({
      line: 2,
      fullName: values.fullName,
      action: 'refused',
      reason,
    })
  })

  test('a row repeating an earlier one (same person or same profile) is refused, the first kept', () => {
    const plans = planImport(
      [
        row(2, { fullName: 'Mới Một', unit: 'Chi bộ 1', phone: '0912000010' }),
        row(3, { fullName: 'Mới Một Khác', unit: 'Chi bộ 1', phone: '0912 000 010' }),
        row(4, { fullName: 'Mới Một', unit: 'Chi bộ 1' }),
        row(5, { fullName: 'Mới Hai', unit: 'Chi bộ 2', facebook: 'facebook.com/moi' }),
        row(6, { fullName: 'Mới Ba', unit: 'Chi bộ 2', facebook: 'm.facebook.com/MOI' }),
        row(7, { fullName: 'Nguyễn Văn An', unit: 'Chi bộ 1' }),
        row(8, { fullName: 'An Khác', unit: 'Chi bộ 1', email: 'an@example.vn' }),
      ],
      context(),
    )
    expect(plans.map((plan) => (plan.action === 'refused' ? plan.reason : plan.action))).toEqual([
      'create',
      'duplicate_row',
      'duplicate_row',
      'create',
      'duplicate_row',
      'unchanged',
      'duplicate_row',
    ])
    expect(summarisePlan(plans)).toEqual({ create: 2, update: 0, unchanged: 1, refused: 4 })
  })

  test("a unit lead imports their own cell only, and cannot reach another cell's member", () => {
    const plans = planImport(
      [
        row(2, { fullName: 'Mới', unit: 'Chi bộ 1' }),
        row(3, { fullName: 'Khác', unit: 'Chi bộ 2' }),
        row(4, { fullName: 'Trần Thị Bình', unit: 'Chi bộ 1', zalo: '0912000002' }),
        row(5, { fullName: 'Nguyễn Văn An', unit: 'Chi bộ 1', phone: '0912000001' }),
        row(6, { fullName: 'Chuyển Sang', unit: 'Chi bộ 1', phone: '0912000030' }),
      ],
      context({
        onlyUnit: 1,
        members: [
          ...context().members,
          { id: 30, fullName: 'Ở Chi bộ 2', unit: 2, phone: '0912000030', accountKeys: [] },
        ],
      }),
    )
    expect(plans.map((plan) => (plan.action === 'refused' ? plan.reason : plan.action))).toEqual([
      'create',
      'unit_not_yours',
      'profile_taken',
      'unchanged',
      'unit_not_yours',
    ])
  })

  test("an exported cell's apostrophe is taken off again", () => {
    const [plan] = planImport([row(2, { fullName: "'=Tên", unit: 'Chi bộ 1', phone: "'+84912000011" })], context())
    expect(plan).toMatchObject({ action: 'create', values: { fullName: '=Tên', phone: '0912000011' } })
  })
})
