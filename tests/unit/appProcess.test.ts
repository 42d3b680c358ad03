import { execFile } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { appNodeArgs } from '../../scripts/appProcess.mjs'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

type NodeEnv = NodeJS.ProcessEnv['NODE_ENV']

/** Where `import 'specifier'` leads in a process started with `appNodeArgs(nodeEnv)`. */
const resolvedIn = async (nodeEnv: NodeEnv, specifier: string) => {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      ...appNodeArgs(nodeEnv),
      '--input-type=module',
      '-e',
      `console.log(import.meta.resolve(${JSON.stringify(specifier)}))`,
    ],
    { cwd: rootDir, env: { ...process.env, NODE_OPTIONS: '', NODE_ENV: nodeEnv } },
  )
  return path.basename(stdout.trim())
}

describe("the app's processes load lexical without a top-level await", () => {
  test.each<[NodeEnv, string, string]>([
    ['production', 'lexical', 'Lexical.prod.mjs'],
    ['production', '@lexical/utils', 'LexicalUtils.prod.mjs'],
    ['test', 'lexical', 'Lexical.dev.mjs'],
    ['development', '@lexical/rich-text', 'LexicalRichText.dev.mjs'],
  ])('NODE_ENV=%s: %s resolves to %s, the build the wrapper would pick', async (nodeEnv, specifier, file) => {
    expect(await resolvedIn(nodeEnv, specifier)).toBe(file)
  })

  test('without the condition, Node picks the wrapper that awaits at the top level', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--input-type=module', '-e', 'console.log(import.meta.resolve("lexical"))'],
      { cwd: rootDir, env: { ...process.env, NODE_OPTIONS: '' } },
    )
    expect(path.basename(stdout.trim())).toBe('Lexical.node.mjs')
  })
})
