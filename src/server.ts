import path from 'node:path'
import { fileURLToPath } from 'node:url'

import next from 'next'
import { getPayload } from 'payload'

import config from '../payload.config'
import { closeSignInGuard, installSignInGuard } from './auth/signInGuard'
import { startBackupSchedule } from './backup/schedule'
import { closePayload } from './db/close'
import { migrateDatabase } from './db/migrate'
import { startStatisticsRefresh } from './db/statistics'
import { healthRoute } from './health/healthRoute'
import { createHttpApp } from './http/createHttpApp'
import { edgeSettingsFromEnv, startupWarnings } from './http/settings'
import { uploadCollectionsOf } from './http/uploadCollections'
import { createInboxWorker, runInboxLoop } from './inbox/worker'
import { startReportRunner } from './insights/report/runner'
import { startContestClosing } from './contests/closing'
import { scheduleMonthlyReport } from './insights/report/schedule'
import { createInsightsCollector, runInsightsLoop } from './insights/collector'
import { runCampaignVerificationLoop } from './campaigns/graphVerification'
import { startEmailSender } from './notifications/emailSender'
import { createDeliveryEngine, runDeliveryLoop } from './publishing/engine/scheduler'
import { DEMO_ACCOUNTS, isEmptyNewsroom, seedDemoNewsroom } from './seed/demoNewsroom'
import { accountsWithDemoPassword } from './seed/demoPasswords'
import { facebookWebhookRouter } from './webhooks/facebookRouter'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const port = Number(process.env.PORT ?? 3000)
const dev = process.env.NODE_ENV !== 'production'
const seedWanted = process.env.NEWSROOM_SEED !== 'off' && process.env.NEWSROOM_ENV !== 'production'
const schedulerWanted = process.env.NEWSROOM_SCHEDULER !== 'off'

const printDemoLogins = (url: string) => {
  console.log('\nTài khoản demo / demo logins:')
  for (const account of DEMO_ACCOUNTS) {
    console.log(`  ${account.email.padEnd(28)} ${account.password.padEnd(18)} ${account.roles.join(', ')}`)
  }
  console.log(`Đăng nhập tại / sign in at ${url}/admin\n`)
}

const main = async () => {
  for (const warning of startupWarnings()) console.warn(`⚠ ${warning}`)
  // Payload is initialised here first, so that migrations run before Next serves any request; Next's
  // route handlers then find this same instance in Payload's global cache.
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  if (!(await installSignInGuard(payload).ready())) {
    console.warn('⚠ REDIS_URL does not answer: sign-in attempts are counted in this process until it does.')
  }

  if (!seedWanted) {
    // A real deployment must not keep a door whose key is in the README.
    const exposed = await accountsWithDemoPassword(payload)
    if (exposed.length > 0) {
      console.error(
        `✗ Tài khoản demo vẫn dùng mật khẩu demo: ${exposed.join(', ')}. Hãy đổi mật khẩu hoặc xóa các tài khoản này (chạy với NEWSROOM_SEED=on rồi đổi trong trang quản trị) trước khi chạy thật.\n` +
          `  Demo accounts still have their demo passwords: ${exposed.join(', ')}. Change them or delete these accounts before running for real (NEWSROOM_SEED=off). (demo_password_in_use)`,
      )
      process.exit(1)
    }
  }

  let seeded = false
  if (seedWanted && (await isEmptyNewsroom(payload))) {
    console.log('• Tạo tòa soạn demo… / seeding the demo newsroom')
    await seedDemoNewsroom(payload, (line) => console.log(line))
    seeded = true
  }

  const app = next({ dev, dir: rootDir, port })
  const handle = app.getRequestHandler()
  await app.prepare()

  const inbox = createInboxWorker(payload)
  const server = createHttpApp({
    settings: edgeSettingsFromEnv(),
    uploadCollections: uploadCollectionsOf(payload.config),
    // Files fanpage comments and messages; only this route parses a body (raw, for the signature check).
    routes: [healthRoute(payload), facebookWebhookRouter(payload, { onStored: inbox.kick })],
    // Everything else (admin, REST, GraphQL, public pages) is Next's. No body parser runs before it,
    // so Payload reads the raw request, uploads included.
    app: (req, res) => handle(req, res),
    logger: payload.logger.child({ component: 'http' }),
  })

  const listener = server.listen(port, () => {
    const url = process.env.SERVER_URL || `http://localhost:${port}`
    console.log(`\nTòa soạn cộng tác viên đang chạy tại ${url} (admin: ${url}/admin)`)
    if (seeded) printDemoLogins(url)
  })

  // The app delivers scheduled posts itself unless told not to (when separate workers do it).
  const stopDelivery = new AbortController()
  const delivery = schedulerWanted
    ? runDeliveryLoop(createDeliveryEngine(payload), payload, stopDelivery.signal)
    : Promise.resolve()
  const emailing = startEmailSender(payload, stopDelivery.signal)
  const inboxLoop = runInboxLoop(inbox, payload, stopDelivery.signal)
  // Figures are read by the same processes that deliver: leases keep each post to one of them.
  const insights = schedulerWanted
    ? runInsightsLoop(createInsightsCollector(payload), payload, stopDelivery.signal)
    : Promise.resolve()
  // Share campaigns' taps checked against who reacted to and commented on the Facebook post.
  const campaignChecks = schedulerWanted ? runCampaignVerificationLoop(payload, stopDelivery.signal) : Promise.resolve()
  const backups = startBackupSchedule(payload, stopDelivery.signal)
  // Reports asked for (or left half-made by a process that stopped) and the monthly report.
  const reports = startReportRunner(payload, stopDelivery.signal, scheduleMonthlyReport)
  // Contests close at their closing time (entries are refused from that instant whatever this loop's delay).
  const contestClosing = startContestClosing(payload, stopDelivery.signal)
  // SQLite's planner statistics (PostgreSQL keeps its own).
  const statistics = startStatisticsRefresh(payload, stopDelivery.signal)

  const shutdown = () => {
    stopDelivery.abort()
    listener.close(() => {
      void Promise.all([
        delivery,
        emailing,
        inboxLoop,
        backups,
        insights,
        reports,
        campaignChecks,
        contestClosing,
        statistics,
      ])
        .then(() => closeSignInGuard(payload))
        .then(() => closePayload(payload))
        .finally(() => process.exit(0))
    })
    // Keep-alive connections would hold close() open; do not wait for them forever.
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.on('SIGTERM', shutdown)
  process.on('SIGINT', shutdown)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
