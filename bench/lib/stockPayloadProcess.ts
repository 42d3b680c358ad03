import { STOCK_PROCESS, startStockPayload } from './stockPayload'

/**
 * Stock Payload (`./stockPayload.ts`) in a process of its own, on DATABASE_URI with PAYLOAD_SECRET,
 * run through `startReadyWorker` with `STOCK_PROCESS`: prints its ready line and address once it serves.
 */
const main = async () => {
  const stock = await startStockPayload(process.env.DATABASE_URI!, process.env.PAYLOAD_SECRET!)
  console.log(`${STOCK_PROCESS.readyLine} ${stock.url}`)
  process.once('SIGTERM', () => void stock.stop().finally(() => process.exit(0)))
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
