import type { Payload } from 'payload'

/** The largest SQL id: PostgreSQL's `serial` is a 32-bit integer, and SQLite's ids start the same way. */
const MAX_SQL_ID = 2_147_483_647
const DIGITS = /^[1-9][0-9]{0,9}$/
const OBJECT_ID = /^[0-9a-f]{24}$/i
/** Text ids (uuid and custom text ids): printable, no spaces, of a sensible length. */
const TEXT_ID = /^[\w.:-]{1,128}$/

export type IdShape = (value: unknown) => boolean

const numericId: IdShape = (value) => {
  const text = typeof value === 'number' ? String(value) : value
  return typeof text === 'string' && DIGITS.test(text) && Number(text) <= MAX_SQL_ID
}
const objectId: IdShape = (value) => typeof value === 'string' && OBJECT_ID.test(value)
const textId: IdShape = (value) => typeof value === 'string' && TEXT_ID.test(value)

/**
 * What an id of `collection` looks like on this database: a positive integer on the SQL adapters
 * (as a number or its digits), a 24-hex ObjectId on MongoDB, or text where the ids are text. An
 * id of another shape names nothing, and must not reach the database (where it fails, or worse,
 * is read as a number: `parseFloat("1'or…")` is 1).
 */
export const idShapeOf = (payload: Payload, collection: string): IdShape => {
  const custom = payload.collections[collection as never]?.customIDType
  if (custom === 'number') return numericId
  if (custom === 'text') return textId
  if (payload.db.name === 'mongoose') return objectId
  return payload.db.defaultIDType === 'number' ? numericId : textId
}
