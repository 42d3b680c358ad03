// Builds the Next app (admin + public pages) only when its inputs changed since the last build.
import { execSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const INPUTS = [
  'src',
  'collections',
  'access',
  'hooks',
  'migrations',
  'payload.config.ts',
  'next.config.mjs',
  'tsconfig.json',
  'package-lock.json',
]
const STAMP = '.next/newsroom-build-stamp'

const filesUnder = (entry) => {
  if (!fs.existsSync(entry)) return []
  if (fs.statSync(entry).isFile()) return [entry]
  return fs.readdirSync(entry).flatMap((name) => filesUnder(path.join(entry, name)))
}

const sourceHash = () => {
  const hash = crypto.createHash('sha256')
  for (const file of INPUTS.flatMap(filesUnder).sort()) {
    if (file.endsWith('importMap.js')) continue // generated below
    hash.update(file).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const wanted = sourceHash()
const built = fs.existsSync('.next/BUILD_ID') && fs.existsSync(STAMP) && fs.readFileSync(STAMP, 'utf8') === wanted

if (!built) {
  const env = { ...process.env, NODE_OPTIONS: '--no-deprecation', NEXT_TELEMETRY_DISABLED: '1' }
  console.log('• Tạo import map cho trang quản trị… / generating the admin import map')
  execSync('npx payload generate:importmap', { stdio: 'inherit', env })
  console.log('• Biên dịch ứng dụng (khoảng 1–2 phút)… / building the app (next build)')
  const started = Date.now()
  execSync('npx next build', { stdio: 'inherit', env })
  fs.writeFileSync(STAMP, wanted)
  console.log(`• Biên dịch xong sau ${Math.round((Date.now() - started) / 1000)} giây / build done`)
}
