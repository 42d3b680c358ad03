export interface Summary {
  n: number
  min: number
  p50: number
  p95: number
  p99: number
  max: number
  mean: number
}

/** Nearest-rank percentile of an ascending array. */
const percentile = (sorted: readonly number[], p: number): number => {
  if (sorted.length === 0) return Number.NaN
  const rank = Math.ceil(p * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!
}

export const summarize = (samples: readonly number[]): Summary => {
  const sorted = [...samples].sort((a, b) => a - b)
  const sum = sorted.reduce((total, value) => total + value, 0)
  return {
    n: sorted.length,
    min: sorted[0] ?? Number.NaN,
    p50: percentile(sorted, 0.5),
    p95: percentile(sorted, 0.95),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    mean: sorted.length ? sum / sorted.length : Number.NaN,
  }
}

/** Milliseconds with two decimals, for JSON results. */
export const roundSummary = (summary: Summary): Summary =>
  Object.fromEntries(
    Object.entries(summary).map(([key, value]) => [key, key === 'n' ? value : Math.round(value * 100) / 100]),
  ) as unknown as Summary

export const ms = (value: number): string => (Number.isFinite(value) ? value.toFixed(2) : '–')

/** A plain text table: first column left-aligned, the others right-aligned. */
export const table = (header: readonly string[], rows: readonly (readonly string[])[]): string => {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)))
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ')
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n')
}

export interface Timings {
  /** Wall-clock milliseconds per call. */
  wall: Record<string, number[]>
  /**
   * CPU milliseconds (user + system, all threads of this process) per call. Other processes on the
   * machine inflate wall time but barely this, so it locates work better on a busy machine. It does
   * not see work done by another process, such as the PostgreSQL server.
   */
  cpu: Record<string, number[]>
}

/**
 * Runs every variant `samples` times, interleaved: each round runs all of them once, in an order that
 * rotates from round to round, so that machine noise (GC, other processes, the CPU clock) lands on
 * every variant alike.
 */
export const interleaved = async (
  variants: Record<string, () => Promise<unknown>>,
  samples: number,
  onRound?: (round: number) => void,
): Promise<Timings> => {
  const names = Object.keys(variants)
  const wall: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]))
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((name) => [name, []]))
  for (let round = 0; round < samples; round += 1) {
    for (let step = 0; step < names.length; step += 1) {
      const name = names[(round + step) % names.length]!
      const cpuStart = process.cpuUsage()
      const start = performance.now()
      await variants[name]!()
      wall[name]!.push(performance.now() - start)
      const used = process.cpuUsage(cpuStart)
      cpu[name]!.push((used.user + used.system) / 1000)
    }
    onRound?.(round + 1)
  }
  return { wall, cpu }
}
