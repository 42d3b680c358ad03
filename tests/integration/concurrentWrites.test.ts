import { compareAndSet } from '../../src/db/compareAndSet'
import { startNewsroom, type TestNewsroom } from '../helpers/newsroom'
import { createStory, walk } from '../helpers/stories'

let newsroom: TestNewsroom
beforeAll(async () => {
  newsroom = await startNewsroom()
})
// A guard against a hang, not a speed target: the ~100 writes below take turns, and on a machine busy
// with the other suites (CI saw migrations run 14 times slower) each turn can take most of a second.
const HANG_GUARD_MS = 180_000

afterAll(async () => {
  await newsroom?.stop()
}, HANG_GUARD_MS)

// On SQLite one process's writers must take turns: without that, libsql's second connection fails
// with "database is locked" or blocks the event loop the first writer needs to commit.
test(
  'many writers at once in one process: every write lands, none fails',
  async () => {
    const area = await newsroom.makeArea()
    const writers = await Promise.all([1, 2, 3, 4].map(() => newsroom.makeUser(['collaborator'])))
    const editor = await newsroom.makeUser(['editor'], { areas: [area] })
    const created = await Promise.all(
      Array.from({ length: 24 }, (_, index) =>
        createStory(newsroom, writers[index % writers.length]!, { area, title: `Bài ${index}` }),
      ),
    )
    await Promise.all(created.map((id, index) => walk(newsroom, id, [[writers[index % writers.length]!, 'submit']])))
    const claims = await Promise.all([
      ...created.map((id) =>
        newsroom.api('POST', `/api/stories/${id}/transition`, { token: editor.token, json: { action: 'claim' } }),
      ),
      ...created.map((id) =>
        compareAndSet(newsroom.payload, {
          collection: 'stories',
          id,
          expect: { stage: 'rejected' },
          set: { title: 'x' },
        }),
      ),
    ])
    expect(claims.slice(0, created.length).map((response) => (response as { status: number }).status)).toEqual(
      created.map(() => 200),
    )
    const { docs } = await newsroom.payload.find({ collection: 'stories', where: { id: { in: created } }, limit: 0 })
    expect(docs.map((doc) => doc.stage)).toEqual(created.map(() => 'in_review'))
  },
  HANG_GUARD_MS,
)
