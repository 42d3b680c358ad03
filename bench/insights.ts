/**
 * `npm run bench -- insights`: every part in bench/insights/ (a module exporting `part`), in name
 * order: the collector's (`collect.ts`: 5,000 posts read from the Graph simulator) and the insights
 * screen's queries. Flags: `--posts 5000 --latency 20 --in-flight 8` for the collector; `--part collect|screen`
 * runs one part.
 */
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Benchmark, BenchContext, BenchOutcome } from './lib/types'

export interface InsightsBenchPart {
  name: string
  run: (context: BenchContext) => Promise<BenchOutcome>
}

const partsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'insights')

const run = async (context: BenchContext): Promise<BenchOutcome> => {
  const outcomes: Record<string, BenchOutcome> = {}
  for (const file of fs
    .readdirSync(partsDir)
    .filter((name) => name.endsWith('.ts'))
    .sort()) {
    const module = (await import(path.join(partsDir, file))) as { part?: InsightsBenchPart }
    if (!module.part) continue
    // `--part screen` (or `collect`) runs one part alone.
    if (typeof context.flags.part === 'string' && context.flags.part !== module.part.name) continue
    context.log(`— ${module.part.name}`)
    outcomes[module.part.name] = await module.part.run(context)
  }
  const all = Object.values(outcomes)
  return {
    pass: all.some((outcome) => outcome.pass === false) ? false : all.some((outcome) => outcome.pass) ? true : null,
    headline: all
      .map((outcome) => outcome.headline)
      .filter(Boolean)
      .join(' · '),
    result: Object.fromEntries(Object.entries(outcomes).map(([name, outcome]) => [name, outcome.result])),
  }
}

export const benchmark: Benchmark = {
  name: 'insights',
  description:
    'Insights: the collector reading 5,000 posts from the Graph simulator (calls, time, RSS vs one post at a time), ' +
    'and the insights screen’s queries.',
  run,
}
