import type {
  CollectionBeforeOperationHook,
  Endpoint,
  FlattenedField,
  GlobalBeforeOperationHook,
  PayloadRequest,
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

/** Top-level fields that hold ids of one collection: the document's own id and single-target relationships. */
const idPathsOf = (fields: readonly FlattenedField[]) =>
  new Set([
    'id',
    ...fields
      .filter((field) => (field.type === 'relationship' || field.type === 'upload') && !Array.isArray(field.relationTo))
      .map((field) => field.name),
  ])

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

/**
 * What a write carries must be of its fields' types, and the ids it names must exist: a link to
 * nothing is refused here rather than by the database. For a client (REST, GraphQL, the admin: access not overridden), a
 * document of a page it does not belong to is "nothing" too: the same answer, so nobody learns
 * through a link what another page holds.
 */
const refuseMalformedData = async (
  req: PayloadRequest,
  fields: readonly FlattenedField[],
  data: unknown,
  client = false,
) => {
  const { malformed, named } = dataShape(req.payload, fields, data)
  if (malformed.length) throw refuse(req, 'invalid_field_value', 400, malformed.join(', '))
  for (const [collection, ids] of named) {
    const existing = await linkableIds(req, collection, [...ids.keys()], client)
    const missing = [...ids].filter(([id]) => !existing.has(id)).map(([, path]) => path)
    if (missing.length) throw refuse(req, 'related_not_found', 400, [...new Set(missing)].join(', '))
  }
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
      await refuseMalformedData(req, collection.flattenedFields, data, !overrideAccess)
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
