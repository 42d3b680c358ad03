import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig, type CollectionConfig, type Field, getPayload, handleEndpoints, type Payload } from 'payload'

import { Areas } from '../../collections/Areas'
import { Channels } from '../../collections/Channels'
import { Inbox } from '../../collections/Inbox'
import { Media } from '../../collections/Media'
import { Notifications } from '../../collections/Notifications'
import { Pages } from '../../collections/Pages'
import { Publications } from '../../collections/Publications'
import { Shifts } from '../../collections/Shifts'
import { Stories } from '../../collections/Stories'
import { Units } from '../../collections/Units'
import { Users } from '../../collections/Users'
import { WebhookEvents } from '../../collections/WebhookEvents'
import { closePayload } from '../../src/db/close'
import { databaseAdapter } from '../../src/db/adapter'
import { fetchHandlerApp, serveHttp } from '../../tests/helpers/httpBridge'

/**
 * A deep copy of plain objects and arrays (functions and class instances shared): Payload's
 * sanitization writes into the config objects it is given (and marks them `_sanitized`), so the
 * stock config must not share one with the newsroom's.
 */
const copied = <T>(value: T): T => {
  if (Array.isArray(value)) return value.map(copied) as T
  if (value && typeof value === 'object') {
    const prototype = Object.getPrototypeOf(value) as unknown
    if (prototype !== Object.prototype && prototype !== null) return value
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copied(item)])) as T
  }
  return value
}

/** A field as Payload would have it with no rules of ours: no field access, no field hooks. */
const plainField = (field: Field): Field => {
  const { access: _access, hooks: _hooks, ...rest } = field as Field & { access?: unknown; hooks?: unknown }
  const plain = rest as Field & { fields?: Field[]; tabs?: { fields: Field[] }[] }
  if (plain.fields) plain.fields = plain.fields.map(plainField)
  if (plain.tabs) plain.tabs = plain.tabs.map((tab) => ({ ...tab, fields: tab.fields.map(plainField) }))
  return plain
}

/**
 * A collection with the same fields (so the same tables) and none of the app's behaviour: no access
 * rules (Payload's default: any signed-in user), no hooks, no custom endpoints, no default population.
 */
const plainCollection = (collection: CollectionConfig): CollectionConfig => {
  const { access: _access, hooks: _hooks, endpoints: _endpoints, defaultPopulate: _populate, ...rest } = collection
  return { ...rest, admin: { useAsTitle: collection.admin?.useAsTitle }, fields: collection.fields.map(plainField) }
}

// Copied as this module loads, before any newsroom config is built (and sanitized) from them.
const PLAIN_COLLECTIONS = [
  Stories,
  Publications,
  Media,
  Inbox,
  Shifts,
  Notifications,
  Areas,
  Units,
  Channels,
  Users,
  WebhookEvents,
  Pages,
].map((collection) => plainCollection(copied(collection)))

/** `./stockPayloadProcess.ts`, to run with `startReadyWorker` (tests/helpers/workerProcess.ts). */
export const STOCK_PROCESS = { path: 'bench/lib/stockPayloadProcess.ts', readyLine: 'stock payload serving' }

export interface StockPayload {
  payload: Payload
  url: string
  stop: () => Promise<void>
}

/**
 * Stock Payload on the newsroom's database: the same 12 collections (the 11 of issue 15 and the pages
 * they belong to) without access rules or hooks,
 * served by Payload's own REST handler over HTTP (no edge, no sign-in guard), under a cache key of its
 * own so that it runs beside the newsroom in the same process. Tokens of the newsroom work here too:
 * same secret, same users table. The schema exists already (the newsroom migrated it): nothing is
 * pushed or migrated.
 */
export const startStockPayload = async (databaseUri: string, secret: string): Promise<StockPayload> => {
  const key = 'stock-baseline'
  const config = buildConfig({
    secret,
    telemetry: false,
    admin: { user: 'users' },
    collections: PLAIN_COLLECTIONS,
    editor: lexicalEditor(),
    db: databaseAdapter(databaseUri),
    // Payload writes payload-types.ts at start-up in development unless told not to.
    typescript: { autoGenerate: false },
  })
  const payload = await getPayload({ config, key })
  const server = await serveHttp(
    fetchHandlerApp((request) => handleEndpoints({ config, request, payloadInstanceCacheKey: key })),
  )
  return {
    payload,
    url: server.url,
    stop: async () => {
      await server.close()
      await closePayload(payload)
    },
  }
}
