import fs from 'node:fs'

/** A process's resident set and its peak since the last reset, in MB, from /proc (Linux). */
const status = (pid: number) => {
  const text = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
  const kB = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)?.[1] ?? Number.NaN)
  return { rssMB: kB('VmRSS') / 1024, peakMB: kB('VmHWM') / 1024 }
}

export const residentMB = (pid: number) => status(pid).rssMB

/**
 * Measures the peak resident set of `pid` while `work` runs: the kernel's high-water mark, reset
 * first (`clear_refs` 5), so the peak is exact rather than sampled.
 */
export const peakResidentMB = async <T>(pid: number, work: () => Promise<T>): Promise<{ value: T; peakMB: number }> => {
  fs.writeFileSync(`/proc/${pid}/clear_refs`, '5')
  const value = await work()
  return { value, peakMB: status(pid).peakMB }
}
