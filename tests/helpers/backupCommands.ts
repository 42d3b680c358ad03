import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { appNodeArgs } from '../../scripts/appProcess.mjs'
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface CommandResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs `npm run backup` / `npm run restore` as npm does (node with tsx, from the checkout), on the
 * given environment: a process of its own, like an operator's shell or the scheduled backup.
 */
export const runBackupCommand = (
  command: 'backup' | 'restore',
  args: string[],
  env: Record<string, string | undefined>,
): Promise<CommandResult> =>
  new Promise((resolve) => {
    const script = `src/backup/${command}Command.ts`
    execFile(
      process.execPath,
      [...appNodeArgs(env.NODE_ENV ?? process.env.NODE_ENV), script, ...args],
      { cwd: rootDir, env: { ...process.env, NODE_OPTIONS: '', ...env }, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      },
    )
  })
