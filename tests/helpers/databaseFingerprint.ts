import crypto from 'node:crypto'

import type { Payload } from 'payload'

const sha256 = (text: string) => crypto.createHash('sha256').update(text).digest('hex')

/**
 * A hash of everything stored, per collection and global: every document of every collection
 * (Payload's own included: preferences, locks, migrations) and every global, read without access
 * control and without population. Equal fingerprints mean nothing was written in between.
 */
export const databaseFingerprint = async (payload: Payload): Promise<Record<string, string>> => {
  const fingerprint: Record<string, string> = {}
  for (const slug of Object.keys(payload.collections).sort()) {
    const { docs } = await payload.find({
      collection: slug as never,
      limit: 0,
      pagination: false,
      depth: 0,
      sort: 'id',
      showHiddenFields: true,
      overrideAccess: true,
    })
    fingerprint[slug] = sha256(JSON.stringify(docs))
  }
  for (const { slug } of payload.config.globals) {
    const global = await payload.findGlobal({ slug: slug as never, depth: 0, overrideAccess: true })
    fingerprint[`globals/${slug}`] = sha256(JSON.stringify(global))
  }
  return fingerprint
}

/** The collections and globals whose content differs between two fingerprints. */
export const changedSince = (before: Record<string, string>, after: Record<string, string>): string[] =>
  Object.keys({ ...before, ...after }).filter((key) => before[key] !== after[key])
