import type { DatabaseKind } from '../../db/adapter'

/** What the backup and restore commands need of a database, whatever its kind. */
export interface DatabaseBackup {
  kind: DatabaseKind
  /** The file name of the snapshot inside the archive's `database/` folder. */
  fileName: string
  /**
   * Writes a consistent snapshot of the live database to `target`, while the app keeps writing, and
   * returns the schema migrations recorded in that same snapshot, in the order they ran.
   */
  snapshot: (target: string) => Promise<string[]>
  /** Whether the target database holds nothing yet (no tables): the only kind a restore writes into. */
  isEmpty: () => Promise<boolean>
  /** Loads a snapshot into the (empty) target database. */
  restore: (snapshot: string) => Promise<void>
}

/** Payload records each migration it ran in `payload_migrations`; batch -1 marks a dev-mode push, not a migration. */
export const APPLIED_MIGRATIONS = 'SELECT name FROM payload_migrations WHERE batch <> -1 ORDER BY id'
