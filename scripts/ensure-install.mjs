// Installs dependencies when node_modules is missing or package-lock.json changed since the last install.
import { execSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'

const STAMP = 'node_modules/.newsroom-install-stamp'
const lockHash = crypto.createHash('sha256').update(fs.readFileSync('package-lock.json')).digest('hex')
const installed = fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === lockHash

if (!installed) {
  console.log('• Cài đặt thư viện (npm ci)… / installing dependencies')
  execSync('npm ci --no-audit --no-fund', { stdio: 'inherit' })
  fs.writeFileSync(STAMP, lockHash)
}
