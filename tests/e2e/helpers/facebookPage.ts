import fs from 'node:fs'
import path from 'node:path'

import { type GraphSimulator, startGraphSimulator } from '../../graph-simulator'
import { SCREENSHOT_DIR } from './browser'
import { type RunningServer, startServer } from './server'

export const DEMO_PAGE = { name: 'Phú Riềng đỏ - Xưa và nay', followers: 33_000, accessToken: 'page-token' } as const

/**
 * The Graph simulator with the demo page under `pageId`, and the real server pointed at it, logging
 * to `test-results/e2e/<name>-server.log`. A previous run's screenshots named `<name>-…` are removed
 * first: they would pass for this run's if a test stopped before taking its own.
 */
export const startServerWithFacebookPage = async (
  name: string,
  pageId: string,
): Promise<{ simulator: GraphSimulator; server: RunningServer }> => {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true })
  for (const file of fs.readdirSync(SCREENSHOT_DIR)) {
    if (file.startsWith(`${name}-`) && file.endsWith('.png')) fs.rmSync(path.join(SCREENSHOT_DIR, file))
  }
  const simulator = await startGraphSimulator()
  simulator.addPage({ pageId, ...DEMO_PAGE })
  const server = await startServer({
    logFile: path.join(SCREENSHOT_DIR, `${name}-server.log`),
    env: { FACEBOOK_GRAPH_URL: simulator.url },
  })
  return { simulator, server }
}
