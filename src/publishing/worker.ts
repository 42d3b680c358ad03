import { getPayload } from 'payload'

import config from '../../payload.config'
import { startBackupSchedule } from '../backup/schedule'
import { closePayload } from '../db/close'
import { migrateDatabase } from '../db/migrate'
import { createInsightsCollector, runInsightsLoop } from '../insights/collector'
import { startEmailSender } from '../notifications/emailSender'
import { createDeliveryEngine, runDeliveryLoop } from './engine/scheduler'

/**
 * `npm run worker`: a delivery process of its own. Any number may run beside the app against the
 * same database; claims keep each publication to one of them.
 */
const main = async () => {
  const payload = await getPayload({ config })
  await migrateDatabase(payload)
  const engine = createDeliveryEngine(payload)
  const stop = new AbortController()
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stop.abort())
  console.log(`Tiến trình đăng bài ${engine.settings.workerId} đang chạy / delivery worker running`)
  const emailing = startEmailSender(payload, stop.signal)
  const backups = startBackupSchedule(payload, stop.signal)
  const insights = runInsightsLoop(createInsightsCollector(payload), payload, stop.signal)
  await runDeliveryLoop(engine, payload, stop.signal)
  await Promise.all([emailing, backups, insights])
  await closePayload(payload)
  process.exit(0)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
