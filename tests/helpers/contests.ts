import type { TestNewsroom } from './newsroom'
import type { Id } from './stories'

/** A contest made the way its board would, through the local API, at the stage the scenario needs. */
export const makeContest = async (newsroom: TestNewsroom, page: Id, data: Record<string, unknown> = {}) => {
  const slug = `cuoc-thi-${crypto.randomUUID().slice(0, 8)}`
  const contest = await newsroom.payload.create({
    collection: 'contests',
    data: {
      title: 'Phú Riềng: Quê hương – Thân thiện – Nghĩa tình',
      slug,
      page,
      opensAt: '2026-11-01T00:00:00.000Z',
      closesAt: '2026-11-30T17:00:00.000Z',
      rubric: [
        { criterion: 'Nội dung', weight: 3, maxPoints: 10 },
        { criterion: 'Kỹ thuật', weight: 1, maxPoints: 10 },
      ],
      prizes: [
        { name: 'Giải Nhất', count: 1 },
        { name: 'Giải Nhì', count: 1 },
      ],
      ...data,
    } as never,
    depth: 0,
  })
  return contest as unknown as { id: Id; slug: string; closesAt: string }
}

let entryCount = 0

/** An entry of `contest` at `stage`, with an entrant from the public unless `data` says otherwise. */
export const makeEntry = async (newsroom: TestNewsroom, contest: Id, data: Record<string, unknown> = {}) => {
  entryCount += 1
  const entry = await newsroom.payload.create({
    collection: 'contest-entries',
    data: {
      contest,
      number: entryCount,
      title: `Tác phẩm ${entryCount}`,
      story: 'Buổi sáng trên đồi cao su.',
      stage: 'approved',
      entrant: {
        name: `Người dự thi ${entryCount}`,
        phone: `09${String(entryCount).padStart(8, '0')}`,
        place: 'Xã Phú Trung',
      },
      ...data,
    } as never,
    depth: 0,
  })
  return entry as unknown as { id: Id; number: number }
}
