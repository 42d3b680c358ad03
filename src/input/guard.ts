import type {
  CollectionBeforeOperationHook,
  Endpoint,
  FlattenedField,
  GlobalBeforeOperationHook,
  PayloadRequest,
  SanitizedCollectionConfig,
  SanitizedConfig,
} from 'payload'

import { linkableWhere } from '../auth/linkable'
import { type ErrorCode, newsroomError } from '../i18n/errors'
import { idShapeOf } from './idShape'
import { pagingIsAcceptable, whereIsAcceptable } from './query'
import { dataShape } from './data'

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The refusal, naming the offending fields after the message when there are some. */
const refuse = (req: PayloadRequest, code: ErrorCode, status = 400, fields?: string) => {
  const error = newsroomError(req, code, status)
  if (fields) error.message = `${error.message} ${fields}`
  return error
}

const idPathsByFields = new WeakMap<readonly FlattenedField[], ReadonlySet<string>>()

/**
 * Top-level fields that hold ids of one collection: the document's own id and single-target
 * relationships. Worked out once per collection: the guard runs on every operation.
 */
const idPathsOf = (fields: readonly FlattenedField[]): ReadonlySet<string> => {
  let paths = idPathsByFields.get(fields)
  if (!paths) {
    paths = new Set([
      'id',
      ...fields
        .filter(
          (field) => (field.type === 'relationship' || field.type === 'upload') && !Array.isArray(field.relationTo),
        )
        .map((field) => field.name),
    ])
    idPathsByFields.set(fields, paths)
  }
  return paths
}

/**
 * The answer to links naming nothing — and, for a client, to links naming what it may not know
 * about (`hooks/pages/keepLinksInPage.ts` answers with it too): the same bytes either way.
 */
export const linksToNothing = (req: PayloadRequest, paths: readonly string[]) =>
  refuse(req, 'related_not_found', 400, [...new Set(paths)].join(', '))

/** The ids, among these, that name a document the client may link to (`src/auth/linkable.ts`). */
const linkableIds = async (req: PayloadRequest, collection: string, ids: string[], client: boolean) => {
  const scope = client ? linkableWhere(req, collection) : null
  if (scope === false) return new Set<string>()
  const { docs } = await req.payload.find({
    collection: collection as never,
    where: scope ? { and: [{ id: { in: ids } }, scope] } : { id: { in: ids } },
    depth: 0,
    limit: 0,
    pagination: false,
    select: {},
    overrideAccess: true,
    req,
  })
  return new Set(docs.map((doc) => String(doc.id)))
}

type Named = Map<string, Map<string, string>>

/**
 * What a write carries must be of its fields' types, and the ids it names must exist: a link to
 * nothing is refused here rather than by the database. For a client (REST, GraphQL, the admin:
 * access not overridden), a document of a page it does not belong to, or a person of no page of
 * its own, is "nothing" too: the same answer, so nobody learns through a link what another page
 * holds. Links the stored document already has are left alone (its author may have left the page).
 */
const refuseMalformedData = async (
  req: PayloadRequest,
  fields: readonly FlattenedField[],
  data: unknown,
  client?: { stored: () => Promise<Named> },
) => {
  const { malformed, named } = dataShape(req.payload, fields, data)
  if (malformed.length) throw refuse(req, 'invalid_field_value', 400, malformed.join(', '))
  for (const [collection, ids] of named) {
    const existing = await linkableIds(req, collection, [...ids.keys()], Boolean(client))
    let missing = [...ids].filter(([id]) => !existing.has(id))
    if (missing.length && client) {
      const kept = (await client.stored()).get(collection)
      const unknown = missing.filter(([id]) => !kept?.has(id))
      // What the document already links to exists (or the database would not hold it).
      if (unknown.length < missing.length) missing = unknown
    }
    if (missing.length)
      throw linksToNothing(
        req,
        missing.map(([, path]) => path),
      )
  }
}

/** The links of the stored document a client updates by id, read once and only when needed. */
const storedLinks = (req: PayloadRequest, collection: SanitizedCollectionConfig, id: unknown) => {
  let links: Promise<Named> | undefined
  return () =>
    (links ??=
      id === undefined
        ? Promise.resolve(new Map())
        : req.payload
            .findByID({
              collection: collection.slug as never,
              id: id as never,
              depth: 0,
              overrideAccess: true,
              disableErrors: true,
              req,
            })
            .then((doc) => (doc ? dataShape(req.payload, collection.flattenedFields, doc).named : new Map())))
}

const WRITES = new Set(['create', 'update'])

/**
 * One guard for every collection, before Payload touches the database (REST, GraphQL, admin and
 * local API alike): ids of the adapter's shape, `where` within bounds, paging numbers within bounds,
 * a data object, and relationship values of the right shape naming documents that exist.
 */
export const guardOperationInput: CollectionBeforeOperationHook = async ({
  args,
  collection,
  operation,
  overrideAccess,
  req,
}) => {
  const isId = idShapeOf(req.payload, collection.slug)
  const { id, where, data } = args as { id?: unknown; where?: unknown; data?: unknown }
  if (id !== undefined) {
    // Payload's REST routes parseFloat a numeric id ("1'or'1'='1" becomes 1): judge what was sent.
    const sent = req.routeParams?.collection === collection.slug ? req.routeParams.id : undefined
    const mangled = typeof id === 'number' && typeof sent === 'string' && parseFloat(sent) === id && sent !== String(id)
    if (mangled || !isId(id)) throw refuse(req, 'invalid_id')
  }
  if (!whereIsAcceptable(where, idPathsOf(collection.flattenedFields), isId)) throw refuse(req, 'invalid_query')
  if (!pagingIsAcceptable(args as never)) throw refuse(req, 'invalid_paging')
  if (WRITES.has(operation)) {
    if (!isRecord(data)) throw refuse(req, 'invalid_body')
    // Payload's own collections (preferences, locks, migrations, jobs) fill their values themselves,
    // from shapes of their own (a preference's user as `{ collection, value }`).
    if (!collection.slug.startsWith('payload-')) {
      const client = overrideAccess ? undefined : { stored: storedLinks(req, collection, id) }
      await refuseMalformedData(req, collection.flattenedFields, data, client)
    }
  }
  return args
}

/** Paging numbers as sent: Payload's global routes drop a `depth` that is not a number instead of refusing it. */
const sentPaging = (req: PayloadRequest) =>
  Object.fromEntries(
    ['depth', 'limit', 'page'].flatMap((name) => {
      const sent = req.searchParams?.get(name)
      return sent == null ? [] : [[name, /^\d+$/.test(sent) ? Number(sent) : sent]]
    }),
  )

/** The same guard for globals: paging numbers, a data object, values of the right types. */
export const guardGlobalInput: GlobalBeforeOperationHook = async ({ args, global, operation, req }) => {
  const sent = req.routeParams?.global === global.slug ? sentPaging(req) : {}
  if (!pagingIsAcceptable({ ...args, ...sent })) throw refuse(req, 'invalid_paging')
  if (operation === 'update') {
    const { data } = args as { data?: unknown }
    if (!isRecord(data)) throw refuse(req, 'invalid_body')
    await refuseMalformedData(req, global.flattenedFields, data)
  }
  return args
}

/** A route Payload serves whether or not the feature is on, and fails on when it is off: answer 404. */
const absent = (method: Endpoint['method'], path: string, code: ErrorCode): Endpoint => ({
  method,
  path,
  handler: (req) => {
    throw refuse(req, code, 404)
  },
})

const NO_VERSIONS = [
  absent('get', '/versions', 'versions_not_kept'),
  absent('get', '/versions/:id', 'versions_not_kept'),
  absent('post', '/versions/:id', 'versions_not_kept'),
]
const NO_VERIFICATION = [absent('post', '/verify/:token', 'verification_off')]

/**
 * Puts the input guard first among the `beforeOperation` hooks of every collection and global of a
 * built config — Payload's own (preferences, document locks, migrations, jobs) included — and answers
 * 404 on the routes of features a collection does not use (versions, email verification).
 */
export const guardEveryInput = (config: SanitizedConfig): SanitizedConfig => {
  for (const collection of config.collections) {
    collection.hooks.beforeOperation = [guardOperationInput, ...(collection.hooks.beforeOperation ?? [])]
    const absentRoutes = [
      ...(collection.versions ? [] : NO_VERSIONS),
      ...(collection.auth && !collection.auth.verify ? NO_VERIFICATION : []),
    ]
    if (collection.endpoints) collection.endpoints = [...absentRoutes, ...collection.endpoints]
  }
  for (const global of config.globals) {
    global.hooks = { ...global.hooks, beforeOperation: [guardGlobalInput, ...(global.hooks?.beforeOperation ?? [])] }
    if (global.endpoints && !global.versions) global.endpoints = [...NO_VERSIONS, ...global.endpoints]
  }
  return config
}
