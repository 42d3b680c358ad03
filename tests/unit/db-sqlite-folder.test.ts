import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { ensureSqliteFolder, sqliteFilePath } from '../../src/db/adapter'

let root: string
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-folder-'))
})
afterEach(() => fs.rmSync(root, { recursive: true, force: true }))

test('a fresh clone has no data folder: it is made before SQLite opens its file', () => {
  const uri = `file:${path.join(root, 'data', 'nested', 'newsroom.db')}`
  ensureSqliteFolder(uri)
  expect(fs.statSync(path.join(root, 'data', 'nested')).isDirectory()).toBe(true)
  expect(fs.existsSync(path.join(root, 'data', 'nested', 'newsroom.db'))).toBe(false)
  ensureSqliteFolder(uri)
})

test('file URIs name their file relative to the working directory, absolute, or with options', () => {
  expect(sqliteFilePath('file:./data/newsroom.db')).toBe(path.resolve('data/newsroom.db'))
  expect(sqliteFilePath('file:///srv/toa-soan/newsroom.db')).toBe('/srv/toa-soan/newsroom.db')
  expect(sqliteFilePath('file:/srv/newsroom.db?mode=rwc')).toBe('/srv/newsroom.db')
  expect(sqliteFilePath('file::memory:')).toBeNull()
})
