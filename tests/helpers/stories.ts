import type { TestNewsroom, TestUser } from './newsroom'

export type Id = string | number

/** Creates a story as `user` over REST and returns its id. */
export const createStory = async (
  newsroom: TestNewsroom,
  user: TestUser,
  data: Record<string, unknown>,
): Promise<Id> => {
  const response = await newsroom.api('POST', '/api/stories', {
    token: user.token,
    json: { title: 'Bài thử', ...data },
  })
  if (response.status !== 201) throw new Error(`create failed: ${response.status} ${JSON.stringify(response.body)}`)
  return response.body.doc.id
}

export const transition = (newsroom: TestNewsroom, user: TestUser | null, id: Id, body: Record<string, unknown>) =>
  newsroom.api('POST', `/api/stories/${id}/transition`, { token: user?.token, json: body })

/** Runs a list of transitions, each as its user, failing loudly on the first refusal. */
export const walk = async (newsroom: TestNewsroom, id: Id, steps: [TestUser, string, Record<string, unknown>?][]) => {
  for (const [user, action, extra] of steps) {
    const response = await transition(newsroom, user, id, { action, ...extra })
    if (response.status !== 200)
      throw new Error(`${action} refused: ${response.status} ${JSON.stringify(response.body)}`)
  }
}

/** The story as stored, read without access control. */
export const storedStory = (newsroom: TestNewsroom, id: Id) =>
  newsroom.payload.findByID({ collection: 'stories', id, depth: 0 }) as Promise<Record<string, any>>
