import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const read = (file: string) => fs.readFileSync(path.join(rootDir, file), 'utf8')
const guide = read('docs/DEPLOY.md')
const envExample = read('deploy/newsroom.env.example')
const readme = read('README.md')

/** Every `env.NAME` / `env['NAME']` the app's code reads (not the tests, not the benchmarks). */
const variablesTheCodeReads = () => {
  const files = execFileSync(
    'git',
    ['ls-files', 'src', 'collections', 'hooks', 'access', 'globals', 'scripts', 'payload.config.ts'],
    {
      cwd: rootDir,
      encoding: 'utf8',
    },
  )
    .split('\n')
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file))
  const names = new Set<string>()
  for (const file of files) {
    for (const match of read(file).matchAll(/env(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])/g))
      names.add((match[1] ?? match[2])!)
  }
  // Not settings: libpq's own variables, handed to pg_dump/pg_restore (src/backup/database/postgres.ts),
  // and the folder npm was started from (INIT_CWD, src/backup/restoreCommand.ts).
  for (const name of names) if (name.startsWith('PG') || name === 'INIT_CWD') names.delete(name)
  return names
}

/** Names that look like settings (`SOME_NAME`), wherever the text mentions them. */
const settingNames = (text: string) => new Set(text.match(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g) ?? [])

describe('docs/DEPLOY.md and deploy/', () => {
  const codeVariables = variablesTheCodeReads()

  it('names only settings the code reads, in the guide and in the env file it installs', () => {
    expect(codeVariables.size).toBeGreaterThan(30)
    const unknown = [...settingNames(guide), ...settingNames(envExample)].filter((name) => !codeVariables.has(name))
    expect(unknown).toEqual([])
  })

  it('leaves no setting the code reads undocumented (README configuration or the guide)', () => {
    const documented = new Set([...settingNames(readme), ...settingNames(guide)])
    expect([...codeVariables].filter((name) => name !== 'PORT' && !documented.has(name))).toEqual([])
    expect(readme).toContain('`PORT`')
  })

  it('only tells people to `npm run` scripts that exist', () => {
    const scripts = Object.keys(JSON.parse(read('package.json')).scripts as Record<string, string>)
    const used = [...new Set([...guide.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!))]
    expect(used).toEqual(expect.arrayContaining(['backup', 'restore', 'build']))
    expect(used.filter((name) => !scripts.includes(name))).toEqual([])
  })

  it('ships systemd units that `systemd-analyze verify` accepts without a warning', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'newsroom-units-'))
    try {
      // Templates are verified as the instances the guide enables.
      const instances = {
        'newsroom@.service': 'newsroom@3000.service',
        'newsroom-worker@.service': 'newsroom-worker@1.service',
      }
      for (const [template, instance] of Object.entries(instances)) {
        expect(guide).toContain(template)
        fs.copyFileSync(path.join(rootDir, 'deploy', template), path.join(dir, instance))
      }
      const verify = spawnSync('systemd-analyze', ['verify', ...Object.values(instances)], {
        cwd: dir,
        encoding: 'utf8',
      })
      expect({ status: verify.status, stderr: verify.stderr.trim() }).toEqual({ status: 0, stderr: '' })
    } finally {
      fs.rmSync(dir, { recursive: true, force: true })
    }
  })
})
