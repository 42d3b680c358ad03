import { describe, expect, test } from '@jest/globals'
import type { Payload } from 'payload'

import { idShapeOf } from '../../src/input/idShape'
import { MAX_WHERE_CONDITIONS, MAX_WHERE_DEPTH, pagingIsAcceptable, whereIsAcceptable } from '../../src/input/query'
import { MAX_TITLE_LENGTH, titleProblem } from '../../src/input/title'

const adapter = (name: string, defaultIDType: 'number' | 'text') =>
  ({ collections: { stories: {} }, db: { name, defaultIDType } }) as unknown as Payload

describe('id shapes per adapter', () => {
  const sql = idShapeOf(adapter('sqlite', 'number'), 'stories')
  const mongo = idShapeOf(adapter('mongoose', 'text'), 'stories')
  const uuid = idShapeOf(adapter('postgres', 'text'), 'stories')

  test.each([1, 42, '42', 2_147_483_647])('SQL accepts %p', (id) => expect(sql(id)).toBe(true))
  test.each([0, -1, 1.5, '1.5', '01', 'abc', '1e309', 'Infinity', "1'or'1'='1", '0x1f', 2_147_483_648, NaN, null, {}])(
    'SQL refuses %p',
    (id) => expect(sql(id)).toBe(false),
  )
  test('MongoDB takes 24-hex ObjectIds only', () => {
    expect(mongo('65a1f0c2e4b0a1b2c3d4e5f6')).toBe(true)
    expect(mongo('42')).toBe(false)
    expect(mongo(42)).toBe(false)
    expect(mongo('65a1f0c2e4b0a1b2c3d4e5fz')).toBe(false)
  })
  test('text ids (uuid) are printable strings', () => {
    expect(uuid('0f8fad5b-d9cb-469f-a165-70867728950e')).toBe(true)
    expect(uuid('a b')).toBe(false)
    expect(uuid(7)).toBe(false)
  })
})

describe('where', () => {
  const isId = idShapeOf(adapter('sqlite', 'number'), 'stories')
  const ids = new Set(['id', 'area'])
  const ors = (n: number) => ({ or: Array.from({ length: n }, (_, i) => ({ title: { equals: `t${i}` } })) })
  const nested = (depth: number): unknown => (depth === 0 ? { title: { exists: true } } : { and: [nested(depth - 1)] })

  test('within bounds', () => {
    expect(whereIsAcceptable(undefined, ids, isId)).toBe(true)
    expect(whereIsAcceptable(ors(MAX_WHERE_CONDITIONS), ids, isId)).toBe(true)
    expect(whereIsAcceptable(nested(MAX_WHERE_DEPTH), ids, isId)).toBe(true)
    expect(whereIsAcceptable({ id: { in: '1,2,3' }, area: { equals: 4 } }, ids, isId)).toBe(true)
    expect(whereIsAcceptable({ title: { like: 'abc' }, id: { exists: true } }, ids, isId)).toBe(true)
  })
  test('too many conditions, too deep, wrong shapes, malformed ids', () => {
    expect(whereIsAcceptable(ors(MAX_WHERE_CONDITIONS + 1), ids, isId)).toBe(false)
    expect(whereIsAcceptable(nested(MAX_WHERE_DEPTH + 1), ids, isId)).toBe(false)
    expect(whereIsAcceptable({ or: { 0: { id: { equals: 1 } } } }, ids, isId)).toBe(false)
    expect(whereIsAcceptable({ title: 'x' }, ids, isId)).toBe(false)
    expect(whereIsAcceptable('{', ids, isId)).toBe(false)
    expect(whereIsAcceptable({ id: { equals: 'abc' } }, ids, isId)).toBe(false)
    expect(whereIsAcceptable({ area: { in: ['1e309'] } }, ids, isId)).toBe(false)
    expect(whereIsAcceptable({ id: { in: Array.from({ length: 1001 }, (_, i) => i + 1) } }, ids, isId)).toBe(false)
  })
})

describe('paging', () => {
  test.each([{}, { limit: 0 }, { limit: 1000, page: 3, depth: 10 }, { depth: 0 }])('accepts %p', (args) =>
    expect(pagingIsAcceptable(args)).toBe(true),
  )
  test.each([
    { limit: -1 },
    { limit: 1001 },
    { limit: 'abc' },
    { page: 0 },
    { page: 1.5 },
    { depth: 11 },
    { depth: Infinity },
  ])('refuses %p', (args) => expect(pagingIsAcceptable(args)).toBe(false))
})

describe('titles', () => {
  test('ordinary Vietnamese titles pass, up to the limit in characters as people see them', () => {
    expect(titleProblem('Phú Riềng vào mùa cao su')).toBeNull()
    expect(titleProblem('a\u0309'.repeat(MAX_TITLE_LENGTH))).toBeNull()
    expect(titleProblem('ả'.repeat(MAX_TITLE_LENGTH + 1))).toBe('title_too_long')
  })
  test.each(['\u202A', '\u202E', '\u2066', '\u2069', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'])(
    'U+%s is refused',
    (char) => expect(titleProblem(`Tin${char}mới`)).toBe('title_hidden_characters'),
  )
})
