// `npm start`: install if needed, build if needed, then run the Express server in production mode.
import { execSync, spawn } from 'node:child_process'

import { appNodeArgs, SERVER_PROCESS_ENV } from './appProcess.mjs'

execSync('node scripts/ensure-install.mjs', { stdio: 'inherit' })
execSync('node scripts/build.mjs', { stdio: 'inherit' })

const env = { NODE_ENV: 'production', ...SERVER_PROCESS_ENV, ...process.env }
const server = spawn(process.execPath, [...appNodeArgs(env.NODE_ENV), 'src/server.ts'], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
