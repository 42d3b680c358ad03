import type { Payload } from 'payload'

import { commitPlan } from '../members/import/commit'
import type { ImportRow } from '../members/import/columns'
import { loadPlanContext } from '../members/import/context'
import { planImport, summarisePlan } from '../members/import/plan'
import type { Id } from '../workflow/roles'

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô']
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Ngọc', 'Đức', 'Quốc', 'Xuân', 'Thu']
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Lan', 'Linh', 'Long', 'Mai', 'Nam']
const POSITIONS = ['Đảng viên', 'Đảng viên', 'Đảng viên', 'Chi ủy viên', 'Phó Bí thư', 'Bí thư']

/** Letters only, for a made-up profile name: "Nguyễn Văn An" → "nguyenvanan". */
const slug = (name: string) =>
  name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/\s+/g, '')
    .toLowerCase()

/**
 * `count` made-up members spread over `units`, in the import's own rows: a name, a cell, a phone
 * (every member its own), a Facebook profile each and a Zalo for every other member. The same rows
 * on every run.
 */
export const demoMemberRows = (count: number, units: readonly string[]): ImportRow[] =>
  Array.from({ length: count }, (_, index) => {
    const fullName = `${FAMILY[index % FAMILY.length]} ${MIDDLE[Math.floor(index / FAMILY.length) % MIDDLE.length]} ${
      GIVEN[Math.floor(index / (FAMILY.length * MIDDLE.length)) % GIVEN.length]
    } ${Math.floor(index / (FAMILY.length * MIDDLE.length * GIVEN.length)) + 1}`
    const phone = `09${String(index).padStart(8, '0')}`
    return {
      line: index + 2,
      fullName,
      unit: units[index % units.length]!,
      position: POSITIONS[index % POSITIONS.length]!,
      phone,
      email: '',
      facebook: `https://www.facebook.com/${slug(fullName)}.${index}`,
      zalo: index % 2 === 0 ? phone : '',
    }
  })

/**
 * The demo's member network: `count` members (3,000 by default, `DEMO_MEMBERS` in the environment)
 * of `page`, written the way an import is (one planned, batched transaction), so a second run finds
 * them all and writes nothing.
 */
export const seedDemoMembers = async (
  payload: Payload,
  options: { page: Id; units: readonly string[]; count: number; log?: (line: string) => void },
) => {
  const log = options.log ?? (() => {})
  if (options.count <= 0) return summarisePlan([])
  const scope = { page: options.page, onlyUnit: null }
  const plan = planImport(demoMemberRows(options.count, options.units), await loadPlanContext(payload, scope))
  let shown = 0
  await commitPlan(payload, plan, scope, (done, total) => {
    const percent = Math.floor((done / Math.max(total, 1)) * 100)
    if (percent >= shown + 25 || done === total) {
      shown = percent
      log(`  đảng viên: ${done}/${total}`)
    }
  })
  const summary = summarisePlan(plan)
  log(`  ${summary.create} đảng viên mới, ${summary.unchanged} đã có`)
  return summary
}

/** How many members the demo seeds: `DEMO_MEMBERS` (0 for none), else 3,000. */
export const demoMemberCount = (env: Record<string, string | undefined> = process.env) => {
  const asked = Number(env.DEMO_MEMBERS)
  return env.DEMO_MEMBERS !== undefined && Number.isInteger(asked) && asked >= 0 ? asked : 3000
}
