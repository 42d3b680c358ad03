import type { FlattenedField, Payload } from 'payload'

import { idShapeOf } from './idShape'

/** What a write carries: field paths of the wrong type, and the ids its relationships name. */
export interface DataShape {
  /** Field paths whose value has the wrong type or shape. */
  malformed: string[]
  /** Ids named per target collection, with the path that named them. */
  named: Map<string, Map<string, string>>
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * One relationship value: an id, a populated document (`{ id }`), or, for a field that may point at
 * several collections, `{ relationTo, value }` (what the admin sends). Returns the target and id, or
 * null when the shape is wrong.
 */
const readOne = (
  payload: Payload,
  field: Extract<FlattenedField, { type: 'relationship' | 'upload' }>,
  value: unknown,
): { to: string; id: string } | null => {
  const targets = Array.isArray(field.relationTo) ? field.relationTo : [field.relationTo]
  let to = targets[0]!
  let id = value
  if (Array.isArray(field.relationTo)) {
    if (!isRecord(value) || typeof value.relationTo !== 'string' || !targets.includes(value.relationTo)) return null
    to = value.relationTo
    id = value.value
  }
  if (isRecord(id)) id = id.id
  return idShapeOf(payload, to)(id) ? { to, id: String(id) } : null
}

/** Scalars Payload would coerce into garbage (a number from "soon", a date from {}): their accepted types. */
const SCALAR_CHECKS: Partial<Record<FlattenedField['type'], (value: unknown) => boolean>> = {
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  checkbox: (value) => typeof value === 'boolean',
  date: (value) =>
    (typeof value === 'string' && !Number.isNaN(Date.parse(value))) ||
    (value instanceof Date && !Number.isNaN(value.getTime())),
  text: (value) => typeof value === 'string',
  textarea: (value) => typeof value === 'string',
}

const scalarIsAcceptable = (field: FlattenedField, value: unknown) => {
  const check = SCALAR_CHECKS[field.type]
  if (!check) return true
  const many = 'hasMany' in field && Boolean(field.hasMany)
  return many ? Array.isArray(value) && value.every(check) : check(value)
}

/**
 * Every value in `data` (in groups and array rows too) checked for type: numbers, booleans, dates
 * and texts as such, and relationships as one value or null (a list of them for a `hasMany` one).
 */
export const dataShape = (payload: Payload, fields: readonly FlattenedField[], data: unknown): DataShape => {
  const found: DataShape = { malformed: [], named: new Map() }
  const visit = (fieldsHere: readonly FlattenedField[], values: Record<string, unknown>, prefix: string) => {
    for (const field of fieldsHere) {
      const value = values[field.name]
      const path = `${prefix}${field.name}`
      if (value === undefined || value === null || value === '') continue
      if (field.type === 'group' || field.type === 'tab') {
        if (!isRecord(value)) found.malformed.push(path)
        else visit(field.flattenedFields, value, `${path}.`)
        continue
      }
      if (field.type === 'array') {
        // The admin form sends an empty list as its row count (0), which Payload reads as no rows.
        if (Array.isArray(value))
          value.forEach((row, index) => isRecord(row) && visit(field.flattenedFields, row, `${path}.${index}.`))
        else if (!(Number.isInteger(value) && (value as number) >= 0)) found.malformed.push(path)
        continue
      }
      if (field.type !== 'relationship' && field.type !== 'upload') {
        if (!scalarIsAcceptable(field, value)) found.malformed.push(path)
        continue
      }
      const many = Boolean(field.hasMany)
      if (many !== Array.isArray(value)) {
        found.malformed.push(path)
        continue
      }
      for (const one of many ? (value as unknown[]) : [value]) {
        const read = readOne(payload, field, one)
        if (!read) {
          found.malformed.push(path)
          break
        }
        const ids = found.named.get(read.to) ?? new Map<string, string>()
        ids.set(read.id, path)
        found.named.set(read.to, ids)
      }
    }
  }
  if (isRecord(data)) visit(fields, data, '')
  return found
}
