export type BenchDatabase = 'sqlite' | 'postgres'

export const BENCH_DATABASES: readonly BenchDatabase[] = ['sqlite', 'postgres']

/** Command-line flags after the benchmark names: `--requests 300`, `--breakdown`, `--no-breakdown`. */
export type BenchFlags = Record<string, string | boolean>

export interface BenchContext {
  db: BenchDatabase
  flags: BenchFlags
  /** Progress and results go to stdout; long work must show progress. */
  log: (message: string) => void
}

export interface BenchOutcome {
  /** true when the benchmark met its target, false when it missed it, null when it has no target. */
  pass: boolean | null
  /** One line for the summary of a multi-database run. */
  headline?: string
  /** Everything worth keeping: written as JSON under bench/results/. */
  result: Record<string, unknown>
}

export interface Benchmark {
  name: string
  description: string
  run: (context: BenchContext) => Promise<BenchOutcome>
}

export const numberFlag = (flags: BenchFlags, name: string, fallback: number): number => {
  const value = flags[name]
  if (value === undefined || value === true) return fallback
  const parsed = Number(value)
  if (!Number.isFinite(parsed) || parsed < 0)
    throw new Error(`--${name} must be a non-negative number (got ${String(value)})`)
  return parsed
}

export const booleanFlag = (flags: BenchFlags, name: string, fallback: boolean): boolean => {
  if (flags[`no-${name}`] === true) return false
  const value = flags[name]
  if (value === undefined) return fallback
  return value === true || value === 'true' || value === '1'
}
