import { BackupError } from './errors'

/** Runs a backup command: progress on stdout, a refusal as its two messages and its code, exit 1. */
export const runCommand = (work: () => Promise<void>) =>
  work().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof BackupError) {
        console.error(`✗ ${error.messages.vi}\n  ${error.messages.en} (${error.code})`)
      } else {
        console.error(error)
      }
      process.exit(1)
    },
  )
