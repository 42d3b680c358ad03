import type { IdShape } from './idShape'

/** Enough for any filter a person builds in the admin, and for the newsroom's own queries. */
export const MAX_WHERE_CONDITIONS = 100
export const MAX_WHERE_DEPTH = 6
export const MAX_VALUES_PER_CONDITION = 1000
export const MAX_LIMIT = 1000
export const MAX_DEPTH = 10
export const MAX_PAGE = 1_000_000

const ID_OPERATORS = new Set(['equals', 'not_equals', 'in', 'not_in'])

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `in` takes a list or a comma-separated string (as a query string gives it). */
const valuesOf = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]

/**
 * Whether a `where` stays within bounds: at most so many conditions, nested so deep, with so many
 * values each, and ids (of the document, or of a relationship named in `idPaths`) of the right shape.
 * Every `and`/`or` must be a list of objects and every condition an object of operators.
 */
export const whereIsAcceptable = (where: unknown, idPaths: ReadonlySet<string>, isId: IdShape): boolean => {
  let conditions = 0
  const visit = (node: unknown, depth: number): boolean => {
    if (!isRecord(node) || depth > MAX_WHERE_DEPTH) return false
    for (const [key, value] of Object.entries(node)) {
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value) || !value.every((inner) => visit(inner, depth + 1))) return false
        continue
      }
      if (!isRecord(value)) return false
      for (const [operator, operand] of Object.entries(value)) {
        conditions += 1
        if (conditions > MAX_WHERE_CONDITIONS) return false
        const values = valuesOf(operand)
        if (values.length > MAX_VALUES_PER_CONDITION) return false
        if (idPaths.has(key) && ID_OPERATORS.has(operator) && !values.every((one) => one === null || isId(one))) {
          return false
        }
      }
    }
    return true
  }
  return where === undefined || where === null || visit(where, 0)
}

const within = (value: unknown, min: number, max: number) =>
  value === undefined ||
  value === null ||
  (Number.isInteger(value) && (value as number) >= min && (value as number) <= max)

/** `limit` (0 = no limit), `page` and `depth`: whole numbers within bounds, when given. */
export const pagingIsAcceptable = ({ limit, page, depth }: { limit?: unknown; page?: unknown; depth?: unknown }) =>
  within(limit, 0, MAX_LIMIT) && within(page, 1, MAX_PAGE) && within(depth, 0, MAX_DEPTH)
