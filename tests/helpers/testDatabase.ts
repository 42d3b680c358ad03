import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'

export interface TestDatabase {
  uri: string
  drop: () => Promise<void>
}

/** Which database the integration suite runs on: SQLite by default, PostgreSQL with TEST_DATABASE=postgres. */
export const testDatabaseKind = (): 'sqlite' | 'postgres' | 'mongodb' => {
  const kind = process.env.TEST_DATABASE ?? 'sqlite'
  if (kind !== 'sqlite' && kind !== 'postgres' && kind !== 'mongodb') throw new Error(`Unknown TEST_DATABASE ${kind}`)
  return kind
}

const POSTGRES_URL = () => process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

const withDatabaseName = (url: string, name: string) => {
  const parsed = new URL(url)
  parsed.pathname = `/${name}`
  return parsed.toString()
}

const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: POSTGRES_URL() })
  await client.connect()
  try {
    await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A fresh, empty database of the selected kind, removed again by `drop`. */
export const createTestDatabase = async (kind = testDatabaseKind()): Promise<TestDatabase> => {
  const name = `newsroom_test_${crypto.randomBytes(6).toString('hex')}`
  if (kind === 'postgres') {
    await adminQuery(`CREATE DATABASE ${name}`)
    return {
      uri: withDatabaseName(POSTGRES_URL(), name),
      drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
    }
  }
  if (kind === 'mongodb') {
    const base = process.env.TEST_MONGODB_URI
    if (!base) throw new Error('TEST_DATABASE=mongodb needs TEST_MONGODB_URI')
    return { uri: withDatabaseName(base, name), drop: async () => {} }
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-test-'))
  return {
    uri: `file:${path.join(dir, `${name}.db`)}`,
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  }
}
