import {
  type Client,
  type InArgs,
  type InStatement,
  type InValue,
  type IntMode,
  LibsqlError,
  type ResultSet,
  type Row,
  type Transaction,
  type TransactionMode,
} from '@libsql/client'
import Database from 'libsql'

/** Statements kept prepared per connection: every query shape the app runs, with room to spare. */
const STATEMENTS_PER_CONNECTION = 500
/** Idle transaction connections kept open: one write transaction at a time runs per process. */
const IDLE_CONNECTIONS = 2
/**
 * A connection is replaced after this long: SQLite reads the planner's statistics when a connection
 * opens, and `refreshStatistics` (or another process) may have gathered newer ones since.
 */
const CONNECTION_MAX_AGE_MS = 10 * 60_000

type SqlValue = null | string | number | bigint | Buffer
type Statement = ReturnType<InstanceType<typeof Database>['prepare']>

interface Prepared {
  statement: Statement
  /** Whether it answers rows; `raw()` throws for the others, so this is asked once. */
  reader: boolean
  columns: string[]
  columnTypes: string[]
}

export interface SqliteClientOptions {
  /** A database file's path (not `:memory:`: every connection would see a database of its own). */
  path: string
  busyTimeoutMs: number
  intMode?: IntMode
  /** How long a connection serves before it is replaced; CONNECTION_MAX_AGE_MS unless told. */
  maxAgeMs?: number
}

const toLibsqlError = (error: unknown) => {
  const { code, rawCode, message } = error as { code?: unknown; rawCode?: number; message?: string }
  return typeof code === 'string' && code.startsWith('SQLITE')
    ? new LibsqlError(message ?? code, code, rawCode, error as Error)
    : error
}

const MIN_INTEGER = -9223372036854775808n
const MAX_INTEGER = 9223372036854775807n

/** Arguments as @libsql/client passes them to SQLite. */
const toSql = (value: InValue, intMode: IntMode): SqlValue => {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new RangeError('Only finite numbers (not Infinity or NaN) can be passed as arguments')
    return value
  }
  if (typeof value === 'bigint') {
    if (value < MIN_INTEGER || value > MAX_INTEGER)
      throw new RangeError('bigint is too large to be represented as a 64-bit integer and passed as argument')
    return value
  }
  if (typeof value === 'boolean')
    return intMode === 'bigint' ? BigInt(value) : intMode === 'string' ? (value ? '1' : '0') : value ? 1 : 0
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  if (value instanceof Date) return value.valueOf()
  if (value === undefined) throw new TypeError('undefined cannot be passed as argument to the database')
  return value as SqlValue
}

const argsToSql = (args: InArgs | undefined, intMode: IntMode) => {
  if (args === undefined) return []
  if (Array.isArray(args)) return args.map((value) => toSql(value, intMode))
  const named: Record<string, SqlValue> = {}
  for (const [name, value] of Object.entries(args))
    named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(value, intMode)
  return named
}

/** Values as @libsql/client answers them: integers by `intMode`, blobs as ArrayBuffer. */
const fromSql = (value: unknown, intMode: IntMode) => {
  if (typeof value === 'bigint') {
    if (intMode === 'bigint') return value
    if (intMode === 'string') return String(value)
    if (value < BigInt(Number.MIN_SAFE_INTEGER) || value > BigInt(Number.MAX_SAFE_INTEGER))
      throw new RangeError('Received integer which cannot be safely represented as a JavaScript number')
    return Number(value)
  }
  return value instanceof Buffer ? value.buffer : value
}

/** A row as @libsql/client builds it: values by index (not enumerable) and by column name. */
const toRow = (values: unknown[], columns: string[], intMode: IntMode): Row => {
  const row = {} as Row
  Object.defineProperty(row, 'length', { value: values.length })
  for (let index = 0; index < values.length; index += 1) {
    const value = fromSql(values[index], intMode)
    Object.defineProperty(row, index, { value })
    const column = columns[index]!
    if (!Object.hasOwn(row, column))
      Object.defineProperty(row, column, { value, enumerable: true, configurable: true, writable: true })
  }
  return row
}

const valueToJson = (value: unknown) =>
  typeof value === 'bigint'
    ? String(value)
    : value instanceof ArrayBuffer
      ? Buffer.from(value).toString('base64')
      : value

const resultSet = (
  columns: string[],
  columnTypes: string[],
  rows: Row[],
  rowsAffected: number,
  lastInsertRowid: bigint | undefined,
): ResultSet => ({
  columns,
  columnTypes,
  rows,
  rowsAffected,
  lastInsertRowid,
  toJSON: () => ({
    columns,
    columnTypes,
    rows: rows.map((row) => Array.prototype.map.call(row, valueToJson)),
    rowsAffected,
    lastInsertRowid: lastInsertRowid?.toString() ?? null,
  }),
})

const describeColumns = (prepared: Prepared) => {
  const definitions = prepared.statement.columns()
  prepared.columns = definitions.map((column) => column.name)
  prepared.columnTypes = definitions.map((column) => column.type ?? '')
}

/** One SQLite connection and the statements prepared on it, most recently used last. */
class Connection {
  readonly db: InstanceType<typeof Database>
  readonly openedAt = Date.now()
  private readonly maxAgeMs: number
  private readonly statements = new Map<string, Prepared>()

  constructor(
    { path, busyTimeoutMs, maxAgeMs }: SqliteClientOptions,
    private readonly intMode: IntMode,
  ) {
    this.db = new Database(path)
    this.maxAgeMs = maxAgeMs ?? CONNECTION_MAX_AGE_MS
    // Per connection, and SQLite's default is to fail at once while another process writes.
    this.db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`)
  }

  get inTransaction() {
    return this.db.inTransaction
  }

  get stale() {
    return Date.now() - this.openedAt > this.maxAgeMs
  }

  private prepared(sql: string): Prepared {
    const cached = this.statements.get(sql)
    if (cached) {
      this.statements.delete(sql)
      this.statements.set(sql, cached)
      return cached
    }
    const statement = this.db.prepare(sql)
    statement.safeIntegers(true)
    const prepared: Prepared = { statement, reader: statement.reader, columns: [], columnTypes: [] }
    if (prepared.reader) {
      statement.raw(true)
      describeColumns(prepared)
    }
    this.statements.set(sql, prepared)
    if (this.statements.size > STATEMENTS_PER_CONNECTION) this.statements.delete(this.statements.keys().next().value!)
    return prepared
  }

  execute(statement: InStatement): ResultSet {
    const { sql, args } = typeof statement === 'string' ? { sql: statement, args: undefined } : statement
    try {
      const prepared = this.prepared(sql)
      const bound = argsToSql(args, this.intMode)
      if (prepared.reader) {
        const answered = prepared.statement.all(bound) as unknown[][]
        // A `*` over a table altered since: SQLite prepared it again, and it answers other columns.
        if (answered.length > 0 && answered[0]!.length !== prepared.columns.length) describeColumns(prepared)
        const rows = answered.map((row) => toRow(row, prepared.columns, this.intMode))
        return resultSet(prepared.columns, prepared.columnTypes, rows, 0, undefined)
      }
      const info = prepared.statement.run(bound)
      return resultSet([], [], [], info.changes, BigInt(info.lastInsertRowid))
    } catch (error) {
      throw toLibsqlError(error)
    }
  }

  executeMultiple(sql: string) {
    try {
      this.db.exec(sql)
    } catch (error) {
      throw toLibsqlError(error)
    }
  }

  close() {
    this.statements.clear()
    this.db.close()
  }
}

const BEGIN: Record<TransactionMode, string> = {
  write: 'BEGIN IMMEDIATE',
  read: 'BEGIN TRANSACTION READONLY',
  deferred: 'BEGIN DEFERRED',
}

const closedError = (what: 'client' | 'transaction') =>
  new LibsqlError(`The ${what} is closed`, what === 'client' ? 'CLIENT_CLOSED' : 'TRANSACTION_CLOSED')

/** Runs `statements` as one transaction on `connection`, as @libsql/client's batch does. */
const runBatch = (connection: Connection, statements: InStatement[], mode: TransactionMode) => {
  try {
    connection.execute(BEGIN[mode])
    const results = statements.map((statement) => {
      if (!connection.inTransaction) throw new LibsqlError('The transaction has been rolled back', 'TRANSACTION_CLOSED')
      return connection.execute(statement)
    })
    connection.execute('COMMIT')
    return results
  } finally {
    if (connection.inTransaction) connection.execute('ROLLBACK')
  }
}

class PooledTransaction implements Transaction {
  private released = false

  constructor(
    private readonly connection: Connection,
    private readonly release: (connection: Connection) => void,
  ) {}

  get closed() {
    return this.released || !this.connection.inTransaction
  }

  private open() {
    if (this.closed) throw closedError('transaction')
    return this.connection
  }

  private end() {
    if (this.released) return
    this.released = true
    if (this.connection.inTransaction) this.connection.execute('ROLLBACK')
    this.release(this.connection)
  }

  async execute(statement: InStatement) {
    return this.open().execute(statement)
  }

  async batch(statements: InStatement[]) {
    return statements.map((statement) => this.open().execute(statement))
  }

  async executeMultiple(sql: string) {
    this.open().executeMultiple(sql)
  }

  async commit() {
    this.open().execute('COMMIT')
    this.end()
  }

  async rollback() {
    this.end()
  }

  close() {
    this.end()
  }
}

/**
 * A drop-in for @libsql/client's local client that keeps what it used to throw away. That client
 * prepares every statement again (about 50 µs of a statement's 60) and opens a new connection for
 * each transaction, reading the whole schema again (about 2 ms each, for this app's hundred tables).
 * Here each connection keeps its prepared statements, and transactions take turns on a small pool of
 * connections opened once. Behaviour is the same: statements outside a transaction run on one
 * connection; each transaction has a connection of its own.
 */
export class SqliteClient implements Client {
  closed = false
  readonly protocol = 'file'
  private main: Connection | null = null
  private readonly idle: Connection[] = []
  private readonly intMode: IntMode

  constructor(private readonly options: SqliteClientOptions) {
    this.intMode = options.intMode ?? 'number'
    this.connection().execute('SELECT 1')
  }

  private open() {
    return new Connection(this.options, this.intMode)
  }

  /** The connection for statements outside transactions, replaced when stale between transactions. */
  private connection() {
    if (this.closed) throw closedError('client')
    if (this.main?.stale && !this.main.inTransaction) {
      this.main.close()
      this.main = null
    }
    return (this.main ??= this.open())
  }

  private readonly giveBack = (connection: Connection) => {
    if (this.closed || connection.stale || connection.inTransaction || this.idle.length >= IDLE_CONNECTIONS)
      connection.close()
    else this.idle.push(connection)
  }

  async execute(statement: InStatement | string, args?: InArgs) {
    return this.connection().execute(typeof statement === 'string' ? { sql: statement, args: args ?? [] } : statement)
  }

  async batch(statements: InStatement[], mode: TransactionMode = 'deferred') {
    return runBatch(this.connection(), statements, mode)
  }

  async migrate(statements: InStatement[]) {
    const connection = this.connection()
    connection.execute('PRAGMA foreign_keys=off')
    try {
      return runBatch(connection, statements, 'deferred')
    } finally {
      connection.execute('PRAGMA foreign_keys=on')
    }
  }

  async transaction(mode: TransactionMode = 'write') {
    if (this.closed) throw closedError('client')
    let connection = this.idle.pop()
    while (connection?.stale) {
      connection.close()
      connection = this.idle.pop()
    }
    connection ??= this.open()
    try {
      connection.execute(BEGIN[mode])
    } catch (error) {
      this.giveBack(connection)
      throw error
    }
    return new PooledTransaction(connection, this.giveBack)
  }

  async executeMultiple(sql: string) {
    const connection = this.connection()
    try {
      connection.executeMultiple(sql)
    } finally {
      if (connection.inTransaction) connection.execute('ROLLBACK')
    }
  }

  async sync(): Promise<never> {
    throw new LibsqlError('A local database file has nothing to sync', 'SYNC_NOT_SUPPORTED')
  }

  close() {
    this.closed = true
    this.main?.close()
    this.main = null
    for (const connection of this.idle.splice(0)) connection.close()
  }
}
