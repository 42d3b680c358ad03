import crypto from 'node:crypto'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import { getPayload, handleEndpoints, type Payload } from 'payload'

import {
  closeSignInGuard,
  installSignInGuard,
  type SignInSettings,
  signInSettingsFromEnv,
} from '../../src/auth/signInGuard'
import { buildNewsroomConfig } from '../../src/config/buildNewsroomConfig'
import { closePayload } from '../../src/db/close'
import { migrateDatabase } from '../../src/db/migrate'
import { createHttpApp } from '../../src/http/createHttpApp'
import { type EdgeSettings, edgeSettingsFromEnv } from '../../src/http/settings'
import { uploadCollectionsOf } from '../../src/http/uploadCollections'
import type { Role } from '../../src/workflow/roles'
import { fetchHandlerApp, serveHttp } from './httpBridge'
import { createTestDatabase } from './testDatabase'

export interface ApiResponse<T = any> {
  status: number
  body: T
  headers: Headers
}

export interface TestUser {
  id: string | number
  email: string
  password: string
  token: string
}

export interface TestNewsroom {
  payload: Payload
  url: string
  /** What another process needs to join this newsroom: its database and its Payload secret. */
  databaseUri: string
  secret: string
  /** Calls the REST API over HTTP, as the holder of `token` (or anonymously). */
  api: <T = any>(
    method: string,
    path: string,
    options?: { token?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> },
  ) => Promise<ApiResponse<T>>
  login: (email: string, password: string) => Promise<string>
  makeUser: (
    roles: Role[],
    extra?: { areas?: (string | number)[]; unit?: string | number; name?: string },
  ) => Promise<TestUser>
  makeArea: (name?: string) => Promise<string | number>
  stop: () => Promise<void>
}

export interface NewsroomStartOptions {
  /** The HTTP edge's settings over those of the environment (SERVER_URL, TRUST_PROXY, …). */
  edge?: Partial<EdgeSettings>
  /** The sign-in guard's settings over those of the environment (rates, password-check turns). */
  signIn?: Partial<SignInSettings>
}

/**
 * A whole newsroom for one test file: a fresh database with the committed migrations applied, the
 * Payload instance, and its REST API served over HTTP on 127.0.0.1 behind the same HTTP edge as the
 * server's (`src/http/createHttpApp.ts`).
 */
export const startNewsroom = async (options: NewsroomStartOptions = {}): Promise<TestNewsroom> => {
  const database = await createTestDatabase()
  const edge = { ...edgeSettingsFromEnv(), ...options.edge }
  // The default cache key, shared with Payload's GraphQL handler: one newsroom at a time per process.
  const key = 'default'
  const secret = `secret-${crypto.randomUUID()}`
  const config = buildNewsroomConfig({
    databaseUri: database.uri,
    secret,
    serverURL: edge.serverURL,
    trustedOrigins: edge.trustedOrigins,
  })
  const payload = await getPayload({ config, key })
  await migrateDatabase(payload)
  installSignInGuard(payload, { ...signInSettingsFromEnv(), ...options.signIn })

  // The same two entry points Next's route handlers use: REST (with custom endpoints) and GraphQL.
  const graphql = GRAPHQL_POST(config)
  const app = createHttpApp({
    settings: edge,
    uploadCollections: uploadCollectionsOf(payload.config),
    app: fetchHandlerApp((request) =>
      new URL(request.url).pathname === '/api/graphql'
        ? graphql(request)
        : handleEndpoints({ config, request, payloadInstanceCacheKey: key }),
    ),
  })
  const server = await serveHttp(app)

  const api: TestNewsroom['api'] = async (method, path, options = {}) => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.authorization = `JWT ${options.token}`
    let body = options.body
    if (options.json !== undefined) {
      headers['content-type'] = 'application/json'
      body = JSON.stringify(options.json)
    }
    const response = await fetch(`${server.url}${path}`, { method, headers, body })
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = text ? JSON.parse(text) : null
    } catch {
      // not JSON (a served file): keep the text
    }
    return { status: response.status, body: parsed as never, headers: response.headers }
  }

  const login = async (email: string, password: string) => {
    const response = await api('POST', '/api/users/login', { json: { email, password } })
    if (response.status !== 200) throw new Error(`login ${email} failed: ${JSON.stringify(response.body)}`)
    return response.body.token as string
  }

  let userCount = 0
  const makeUser: TestNewsroom['makeUser'] = async (roles, extra = {}) => {
    userCount += 1
    const email = `${roles.join('-')}-${userCount}@test.local`
    const password = `pw-${crypto.randomBytes(6).toString('hex')}`
    const user = await payload.create({
      collection: 'users',
      data: {
        email,
        password,
        name: `${roles.join('+')} ${userCount}`,
        roles,
        areas: extra.areas ?? [],
        unit: extra.unit,
      } as never,
    })
    // Through the local API: the sign-in limits count HTTP logins per client, and every test user
    // would come from 127.0.0.1. The limits have tests of their own, over HTTP.
    const { token } = await payload.login({ collection: 'users', data: { email, password } })
    return { id: user.id, email, password, token: token! }
  }

  let areaCount = 0
  const makeArea = async (name?: string) => {
    areaCount += 1
    const area = await payload.create({ collection: 'areas', data: { name: name ?? `Mảng ${areaCount}` } })
    return area.id
  }

  // An admin first, so that test users are never "the first user" (who is made admin).
  await payload.create({
    collection: 'users',
    data: { email: 'root@test.local', password: crypto.randomUUID(), name: 'Root', roles: ['admin'] } as never,
  })

  return {
    payload,
    url: server.url,
    databaseUri: database.uri,
    secret,
    api,
    login,
    makeUser,
    makeArea,
    stop: async () => {
      await server.close()
      await closeSignInGuard(payload)
      await closePayload(payload)
      await database.drop()
    },
  }
}
