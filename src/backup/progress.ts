export type ProgressLine = (line: string) => void

const MB = 1024 * 1024

/** Reports a long copy at most every `everyMs`, and once at the end: files and megabytes done. */
export const copyProgress = (
  report: ProgressLine,
  label: string,
  totalFiles: number,
  totalBytes: number,
  everyMs = 2_000,
) => {
  let files = 0
  let bytes = 0
  let last = Date.now()
  const line = () =>
    `  ${label}: ${files}/${totalFiles} tệp / files, ${(bytes / MB).toFixed(1)}/${(totalBytes / MB).toFixed(1)} MB`
  return {
    add: (size: number) => {
      files += 1
      bytes += size
      if (Date.now() - last >= everyMs) {
        last = Date.now()
        report(line())
      }
    },
    done: () => report(line()),
  }
}
