import http from 'node:http'

import { executeAuthStrategies, handleEndpoints, type Payload, type Where } from 'payload'

import type { TestNewsroom } from '../../tests/helpers/newsroom'
import { interleaved, ms, roundSummary, summarize, table, type Summary } from './stats'

/**
 * Where does the REST request spend the time the local API does not? Each variant below adds one
 * piece of what REST does on top of the bare local query; all run interleaved, so they see the same
 * machine. Differences of medians are estimates (medians do not add up exactly), good to a tenth of a
 * millisecond or so on a quiet machine.
 */
export interface BreakdownInput {
  newsroom: TestNewsroom
  editor: { id: string | number; token: string }
  path: string
  where: Where
  samples: number
  warmup: number
  log: (message: string) => void
}

type Id = string | number

/** What a queue list shows: no body, no history, and only the names of the author and the area. */
const LEAN_SELECT = { title: true, stage: true, stageChangedAt: true, area: true, author: true, format: true } as const
const LEAN_POPULATE = { users: { name: true }, areas: { name: true } } as const
const leanQuery = () =>
  Object.keys(LEAN_SELECT)
    .map((field) => `&select[${field}]=true`)
    .join('') + '&populate[users][name]=true&populate[areas][name]=true'

/** The cache key startNewsroom gave its Payload instance (Payload keeps instances in global._payload). */
const payloadCacheKey = (payload: Payload): string | undefined => {
  const cache = (globalThis as { _payload?: Map<string, { payload?: Payload }> })._payload
  for (const [key, entry] of cache ?? []) if (entry.payload === payload) return key
  return undefined
}

/** A minimal keep-alive HTTP/1.1 GET client on node:http, to tell client cost from server cost. */
const nodeHttpClient = (baseUrl: string) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
  const get = (path: string, token: string) =>
    new Promise<unknown>((resolve, reject) => {
      const request = http.get(
        `${baseUrl}${path}`,
        { agent, headers: { authorization: `JWT ${token}` } },
        (response) => {
          const chunks: Buffer[] = []
          response.on('data', (chunk: Buffer) => chunks.push(chunk))
          response.on('end', () => {
            if (response.statusCode !== 200) reject(new Error(`GET ${path} answered ${response.statusCode}`))
            else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')))
          })
          response.on('error', reject)
        },
      )
      request.on('error', reject)
    })
  return { get, close: () => agent.destroy() }
}

export const runQueueBreakdown = async (input: BreakdownInput) => {
  const { newsroom, editor, path, where, samples, warmup, log } = input
  const { payload } = newsroom
  const headers = new Headers({ authorization: `JWT ${editor.token}` })
  const key = payloadCacheKey(payload)
  const client = nodeHttpClient(newsroom.url)

  // The editor exactly as REST authentication loads it, and the Where its read access adds.
  const { user: editorUser } = await executeAuthStrategies({ headers, payload })
  if (!editorUser) throw new Error('the editor token does not authenticate')
  const accessResult = await payload.collections.stories.config.access.read!({
    req: { user: editorUser, payload } as never,
  })
  const accessWhere = typeof accessResult === 'object' ? (accessResult as Where) : undefined
  const find = (options: { where: Where; depth: number; user?: typeof editorUser; lean?: boolean }) =>
    payload.find({
      collection: 'stories',
      where: options.where,
      sort: 'stageChangedAt',
      depth: options.depth,
      limit: 20,
      overrideAccess: !options.user,
      ...(options.user ? { user: options.user } : {}),
      ...(options.lean ? { select: LEAN_SELECT, populate: LEAN_POPULATE } : {}),
    })
  const page = await find({ where, depth: 1 })

  // The lean variant must list the same page, with the author still populated (by name).
  const lean = await newsroom.api<{ docs: { id: Id; author?: unknown; body?: unknown }[] }>(
    'GET',
    `${path}${leanQuery()}`,
    { token: editor.token },
  )
  const leanIds = lean.body.docs?.map((doc) => String(doc.id)).join(',')
  const leanAuthor = lean.body.docs?.[0]?.author
  if (lean.status !== 200 || leanIds !== page.docs.map((doc) => String(doc.id)).join(',')) {
    throw new Error(`the lean REST query lists another page (${lean.status})`)
  }
  log(
    `lean page: same ids, author populated as ${JSON.stringify(leanAuthor)}, body left out: ${!('body' in lean.body.docs[0]!)}`,
  )

  const variants: Record<string, () => Promise<unknown>> = {
    local: () => find({ where, depth: 1 }),
    localDepth0: () => find({ where, depth: 0 }),
    localWithAccessWhere: () => find({ where: accessWhere ? { and: [where, accessWhere] } : where, depth: 1 }),
    localAsEditor: () => find({ where, depth: 1, user: editorUser }),
    auth: () => executeAuthStrategies({ headers, payload }),
    userDepthDefault: () => payload.findByID({ collection: 'users', id: editorUser.id as Id, overrideAccess: true }),
    userDepth0: () =>
      payload.findByID({ collection: 'users', id: editorUser.id as Id, depth: 0, overrideAccess: true }),
    json: async () => JSON.parse(JSON.stringify(page)),
    rest: async () => {
      const response = await newsroom.api('GET', path, { token: editor.token })
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
    },
    restDepth0: async () => {
      const response = await newsroom.api('GET', path.replace('depth=1', 'depth=0'), { token: editor.token })
      if (response.status !== 200) throw new Error(`GET ${path} answered ${response.status}`)
    },
    restNodeHttp: () => client.get(path, editor.token),
    localLean: () => find({ where, depth: 1, lean: true }),
    restLean: async () => {
      const response = await newsroom.api('GET', `${path}${leanQuery()}`, { token: editor.token })
      if (response.status !== 200) throw new Error(`GET ${path} (lean) answered ${response.status}`)
    },
  }
  if (key) {
    // The whole REST handler in this process, without HTTP: request parsing, auth, access, find, JSON.
    variants.handlerNoHttp = async () => {
      const response = await handleEndpoints({
        config: payload.config,
        payloadInstanceCacheKey: key,
        request: new Request(`${newsroom.url}${path}`, { headers }),
      })
      if (response.status !== 200) throw new Error(`handler answered ${response.status}`)
      return JSON.parse(await response.text())
    }
  }

  log(`breakdown: ${Object.keys(variants).length} variants, ${warmup} warm-up + ${samples} runs each, interleaved…`)
  await interleaved(variants, warmup)
  const times = await interleaved(variants, samples, (round) => {
    if (round % 50 === 0 || round === samples) log(`  ${round} / ${samples}`)
  })
  client.close()
  const summaries: Record<string, Summary> = Object.fromEntries(
    Object.entries(times.wall).map(([name, values]) => [name, summarize(values)]),
  )
  const cpuMeans: Record<string, number> = Object.fromEntries(
    Object.entries(times.cpu).map(([name, values]) => [name, summarize(values).mean]),
  )
  const p50 = (name: string) => summaries[name]?.p50 ?? Number.NaN
  const cpu = (name: string) => cpuMeans[name] ?? Number.NaN

  const descriptions: Record<string, string> = {
    local: 'local API, overrideAccess (the baseline)',
    localDepth0: 'local API, depth 0',
    localWithAccessWhere: "local API, user Where AND the editor's access Where",
    localAsEditor: 'local API as the editor (overrideAccess: false)',
    auth: 'executeAuthStrategies: JWT check + user load (as REST)',
    userDepthDefault: 'users.findByID at the default depth (what auth does)',
    userDepth0: 'users.findByID at depth 0',
    json: 'JSON.stringify + JSON.parse of the page',
    handlerNoHttp: 'REST handler in-process (handleEndpoints, no HTTP)',
    rest: 'REST over HTTP (newsroom.api, fetch)',
    restDepth0: 'REST over HTTP, depth 0',
    restNodeHttp: 'REST over HTTP (node:http keep-alive client)',
    localLean: 'local API, select list fields + populate names only',
    restLean: 'REST over HTTP, same select + populate',
  }
  log('')
  log(`breakdown, ${samples} runs each, ms (cpu: mean CPU time of this process per call)`)
  log(
    table(
      ['variant', 'p50', 'p95', 'mean', 'cpu', ''],
      Object.keys(variants).map((name) => {
        const summary = summaries[name]!
        return [name, ms(summary.p50), ms(summary.p95), ms(summary.mean), ms(cpu(name)), descriptions[name] ?? '']
      }),
    ),
  )

  // Estimated shares of REST, from differences between variants: of the wall-clock medians, and of
  // the mean CPU time, which other processes on the machine disturb much less.
  const parts: [string, (measure: (name: string) => number) => number][] = [
    ['local query (find + count + depth-1 population)', (m) => m('local')],
    ['access: extra Where + access checks while populating', (m) => m('localAsEditor') - m('local')],
    ['authentication (JWT + user load at default depth)', (m) => m('auth')],
    ['request parsing, routing, JSON response', (m) => m('handlerNoHttp') - m('localAsEditor') - m('auth')],
    ['HTTP: server bridge + client (fetch)', (m) => m('rest') - m('handlerNoHttp')],
  ]
  log('')
  log('where REST spends its time (estimates from differences between variants, ms)')
  log(
    table(
      ['part', 'wall p50', 'share', 'cpu mean', 'share'],
      [
        ...parts.map(([label, part]) => [
          label,
          ms(part(p50)),
          `${Math.round((100 * part(p50)) / p50('rest'))}%`,
          ms(part(cpu)),
          `${Math.round((100 * part(cpu)) / cpu('rest'))}%`,
        ]),
        ['REST measured', ms(p50('rest')), '100%', ms(cpu('rest')), '100%'],
      ],
    ),
  )
  log(
    `depth-1 population: ${ms(p50('local') - p50('localDepth0'))} ms locally, ` +
      `${ms(p50('rest') - p50('restDepth0'))} ms over REST (p50); ` +
      `user load at depth 0 instead of the default: −${ms(p50('userDepthDefault') - p50('userDepth0'))} ms; ` +
      `REST with a node:http client instead of fetch: ${ms(p50('restNodeHttp'))} vs ${ms(p50('rest'))} ms`,
  )
  log(
    `select + populate (list fields, names only): local ${ms(p50('localLean'))} vs ${ms(p50('local'))} ms, ` +
      `REST ${ms(p50('restLean'))} vs ${ms(p50('rest'))} ms (ratio ${(p50('restLean') / p50('localLean')).toFixed(2)})`,
  )

  return {
    samples,
    accessWhere,
    responseBytes: JSON.stringify(page).length,
    variants: Object.fromEntries(Object.entries(summaries).map(([name, summary]) => [name, roundSummary(summary)])),
    cpuMeanMs: Object.fromEntries(
      Object.entries(cpuMeans).map(([name, value]) => [name, Math.round(value * 100) / 100]),
    ),
    parts: Object.fromEntries(
      parts.map(([label, part]) => [
        label,
        { wallP50: Math.round(part(p50) * 100) / 100, cpuMean: Math.round(part(cpu) * 100) / 100 },
      ]),
    ),
  }
}
