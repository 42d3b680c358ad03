// Runs the Graph API simulator for local development:
//   npx tsx tests/graph-simulator/cli.ts --port 4010 --page-id 1000 --token demo-token
// then start the app with FACEBOOK_GRAPH_URL=http://127.0.0.1:4010.
import { parseArgs } from 'node:util'

import { startGraphSimulator } from './index'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'page-id': { type: 'string', default: '1000' },
    token: { type: 'string', default: 'demo-token' },
    name: { type: 'string', default: 'Phú Riềng đỏ - Xưa và nay' },
    followers: { type: 'string', default: '33000' },
    latency: { type: 'string', default: '0' },
    'fetch-photo-urls': { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log(
    'Usage: npx tsx tests/graph-simulator/cli.ts [--port 4010] [--host 127.0.0.1] [--page-id 1000]\n' +
      '       [--token demo-token] [--name NAME] [--followers 33000] [--latency MS] [--fetch-photo-urls] [--quiet]',
  )
  process.exit(0)
}

function integer(name: string, value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 0) {
    console.error(`--${name} must be a non-negative integer`)
    process.exit(2)
  }
  return number
}

const simulator = await startGraphSimulator({
  port: integer('port', values.port),
  host: values.host,
  latencyMs: integer('latency', values.latency),
  fetchPhotoUrls: values['fetch-photo-urls'],
  onRequest: (entry) => {
    if (!values.quiet) console.log(`${entry.at} ${entry.method} ${entry.path} -> ${entry.status ?? 'dropped'}`)
  },
})
simulator.addPage({
  pageId: values['page-id'],
  name: values.name,
  followers: integer('followers', values.followers),
  accessToken: values.token,
})

console.log(`Graph API simulator listening on ${simulator.url}`)
console.log(`  page ${values['page-id']} "${values.name}", token ${values.token}`)
console.log(`  FACEBOOK_GRAPH_URL=${simulator.url}`)

async function shutdown(): Promise<void> {
  await simulator.close()
  process.exit(0)
}
process.on('SIGINT', () => void shutdown())
process.on('SIGTERM', () => void shutdown())
