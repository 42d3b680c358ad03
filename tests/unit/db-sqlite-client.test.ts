import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

import { createClient, LibsqlError } from '@libsql/client'

import { SqliteClient } from '../../src/db/sqliteClient'

let root: string
let file: string
const clients: { close: () => void }[] = []

const open = (options: { busyTimeoutMs?: number; maxAgeMs?: number } = {}) => {
  const client = new SqliteClient({
    path: file,
    busyTimeoutMs: options.busyTimeoutMs ?? 5_000,
    maxAgeMs: options.maxAgeMs,
  })
  clients.push(client)
  return client
}

beforeEach(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-client-'))
  file = path.join(root, 'newsroom.db')
  const client = open()
  await client.executeMultiple(`
    PRAGMA journal_mode = WAL;
    CREATE TABLE stories (id INTEGER PRIMARY KEY, title TEXT NOT NULL UNIQUE, words INTEGER, body BLOB);
  `)
})

afterEach(() => {
  for (const client of clients.splice(0)) client.close()
  fs.rmSync(root, { recursive: true, force: true })
})

const titles = async (client: SqliteClient) =>
  (await client.execute('SELECT title FROM stories ORDER BY id')).rows.map((row) => row.title)

test('a statement run again with other arguments answers for those arguments, as the stock client does', async () => {
  const client = open()
  const stock = createClient({ url: `file:${file}` })
  clients.push(stock)
  const insert = 'INSERT INTO stories (title, words, body) VALUES (?, ?, ?) RETURNING id'
  for (const [title, words] of [
    ['Lễ ra quân', 120],
    ['Hiến máu', 80],
    ['Trung thu', 9_007_199_254_740_991],
  ] as const)
    await client.execute({ sql: insert, args: [title, words, new Uint8Array([words % 256, 1]).buffer] })
  const byWords = {
    sql: 'SELECT id, title, words, body FROM stories WHERE words >= :least ORDER BY id',
    args: { least: 100 },
  }

  const ours = await client.execute(byWords)
  const theirs = await stock.execute(byWords)
  expect(ours.columns).toEqual(theirs.columns)
  expect(ours.columnTypes).toEqual(theirs.columnTypes)
  expect(ours.rows.map((row) => ({ ...row }))).toEqual(theirs.rows.map((row) => ({ ...row })))
  expect(ours.rows.map((row) => Array.prototype.slice.call(row))).toEqual(
    theirs.rows.map((row) => Array.prototype.slice.call(row)),
  )
  expect(Object.keys(ours.rows[0]!)).toEqual(['id', 'title', 'words', 'body'])
  expect(ours.rows.map((row) => row.title)).toEqual(['Lễ ra quân', 'Trung thu'])
  expect((await client.execute({ ...byWords, args: { least: 0 } })).rows).toHaveLength(3)

  const update = await client.execute({ sql: 'UPDATE stories SET words = words + 1 WHERE words < ?', args: [200] })
  expect(update.rowsAffected).toBe(2)
  expect((await client.execute({ sql: 'UPDATE stories SET words = 0 WHERE id = ?', args: [99] })).rowsAffected).toBe(0)
  expect(JSON.parse(JSON.stringify(ours))).toEqual(JSON.parse(JSON.stringify(theirs)))
})

test('a broken rule fails with the code Payload reads, changes nothing, and the statement still works after', async () => {
  const client = open()
  const insert = { sql: 'INSERT INTO stories (title) VALUES (?)', args: ['Lễ ra quân'] }
  await client.execute(insert)
  const failure = await client.execute(insert).catch((error: unknown) => error)
  expect(failure).toBeInstanceOf(LibsqlError)
  expect(failure).toMatchObject({ code: 'SQLITE_CONSTRAINT_UNIQUE' })
  await client.execute({ sql: insert.sql, args: ['Hiến máu'] })
  expect(await titles(client)).toEqual(['Lễ ra quân', 'Hiến máu'])
  await expect(client.execute({ sql: insert.sql, args: [undefined as never] })).rejects.toThrow(TypeError)
  await expect(client.execute('SELEKT 1')).rejects.toMatchObject({ code: expect.stringMatching(/^SQLITE/) })
})

test('a transaction is seen by others only once committed, and a rolled-back one never', async () => {
  const client = open()
  const kept = await client.transaction('write')
  await kept.execute({ sql: 'INSERT INTO stories (title) VALUES (?)', args: ['Lễ ra quân'] })
  expect(await titles(client)).toEqual([])
  await kept.commit()
  expect(kept.closed).toBe(true)
  await expect(kept.execute('SELECT 1')).rejects.toMatchObject({ code: 'TRANSACTION_CLOSED' })
  expect(await titles(client)).toEqual(['Lễ ra quân'])

  const undone = await client.transaction('write')
  await undone.execute({ sql: 'INSERT INTO stories (title) VALUES (?)', args: ['Hiến máu'] })
  await undone.rollback()
  expect(await titles(client)).toEqual(['Lễ ra quân'])

  // Connections go back to the pool: many transactions in a row, each on a clean connection.
  for (let round = 0; round < 50; round += 1) {
    const transaction = await client.transaction('write')
    await transaction.execute({ sql: 'INSERT INTO stories (title) VALUES (?)', args: [`Tin ${round}`] })
    if (round % 2 === 0) await transaction.commit()
    else transaction.close()
  }
  expect(await titles(client)).toHaveLength(26)
})

test('a batch is all or nothing', async () => {
  const client = open()
  const insert = (title: string) => ({ sql: 'INSERT INTO stories (title) VALUES (?)', args: [title] })
  await client.batch([insert('Lễ ra quân'), insert('Hiến máu')], 'write')
  await expect(client.batch([insert('Trung thu'), insert('Lễ ra quân')], 'write')).rejects.toMatchObject({
    code: 'SQLITE_CONSTRAINT_UNIQUE',
  })
  expect(await titles(client)).toEqual(['Lễ ra quân', 'Hiến máu'])
})

test('every connection, transactions included, waits for another process’s write for the busy timeout', async () => {
  const otherProcess = open()
  const writer = await otherProcess.transaction('write')
  await writer.execute({ sql: 'INSERT INTO stories (title) VALUES (?)', args: ['Lễ ra quân'] })

  const client = open({ busyTimeoutMs: 300 })
  const warm = await client.transaction('read')
  await warm.commit()
  const startedAt = Date.now()
  const failure = await client.transaction('write').catch((error: unknown) => error)
  expect(failure).toMatchObject({ code: expect.stringMatching(/^SQLITE_BUSY/) })
  expect(Date.now() - startedAt).toBeGreaterThanOrEqual(250)

  await writer.commit()
  const next = await client.transaction('write')
  await next.execute({ sql: 'INSERT INTO stories (title) VALUES (?)', args: ['Hiến máu'] })
  await next.commit()
  expect(await titles(otherProcess)).toEqual(['Lễ ra quân', 'Hiến máu'])
})

test('a `*` over a table altered since it was first run answers the new columns', async () => {
  const client = open()
  await client.execute({ sql: 'INSERT INTO stories (title) VALUES (?)', args: ['Lễ ra quân'] })
  expect((await client.execute('SELECT * FROM stories')).columns).toEqual(['id', 'title', 'words', 'body'])
  await open().execute('ALTER TABLE stories ADD COLUMN area TEXT')
  const after = await client.execute('SELECT * FROM stories')
  expect(after.columns).toEqual(['id', 'title', 'words', 'body', 'area'])
  expect(after.rows[0]).toMatchObject({ title: 'Lễ ra quân', area: null })
})

test('connections are replaced once old, so they read what has changed for every connection since', async () => {
  const client = open({ maxAgeMs: 100 })
  await client.execute('PRAGMA cache_size = 77')
  expect((await client.execute('PRAGMA cache_size')).rows[0]!.cache_size).toBe(77)
  await sleep(150)
  expect((await client.execute('PRAGMA cache_size')).rows[0]!.cache_size).not.toBe(77)
})

test('a closed client refuses work', async () => {
  const client = open()
  client.close()
  await expect(client.execute('SELECT 1')).rejects.toMatchObject({ code: 'CLIENT_CLOSED' })
  await expect(client.transaction()).rejects.toMatchObject({ code: 'CLIENT_CLOSED' })
})
