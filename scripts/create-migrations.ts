// `npm run migrate:create -- <name>`: writes the next migration for both SQL adapters from the
// current config, so that SQLite and PostgreSQL never drift apart.
import { execFileSync } from 'node:child_process'

const name = process.argv[2]
if (!name) {
  console.error('Usage: npm run migrate:create -- <name>')
  process.exit(1)
}
const postgres = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/test'
for (const [kind, uri] of [
  ['sqlite', 'file:./data/migrate-create.db'],
  ['postgres', postgres],
]) {
  console.log(`• ${kind}`)
  execFileSync('npx', ['payload', 'migrate:create', name], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URI: uri, NODE_OPTIONS: '--no-deprecation' },
  })
}
