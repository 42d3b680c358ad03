import type { Payload } from 'payload'

import { canReadNetwork } from '../../../access/canReadNetwork'
import { languageOf } from '../../i18n/language'
import { NETWORK_LABELS } from './labels'
import { NetworkNavEntry } from './NetworkNavEntry'
import { NETWORK_PATH } from './path'

/**
 * The nav's link to the district view, for those who may open it (a district board, admins): who
 * that is depends on the pages' levels, which only the server knows.
 */
export const NetworkNavLink = async ({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: unknown
  i18n?: { language: string }
}) => {
  if (!user || !(await canReadNetwork(payload, user))) return null
  const language = languageOf(i18n?.language)
  return (
    <NetworkNavEntry
      group={NETWORK_LABELS.navGroup[language]}
      label={NETWORK_LABELS.nav[language]}
      path={NETWORK_PATH}
    />
  )
}
