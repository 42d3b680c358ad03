const HOUR_MS = 3_600_000

/** Meta's standard messaging window: a Page may answer freely within 24 hours of the person's last message. */
export const STANDARD_WINDOW_MS = 24 * HOUR_MS
/** With the HUMAN_AGENT tag a person (not a bot) may still answer up to 7 days after it. */
export const HUMAN_AGENT_WINDOW_MS = 7 * 24 * HOUR_MS

export type MessengerReplyPolicy =
  | { allowed: true; messagingType: 'RESPONSE' }
  | { allowed: true; messagingType: 'MESSAGE_TAG'; tag: 'HUMAN_AGENT' }
  | { allowed: false; code: 'messaging_window_closed' }

/**
 * How a Messenger reply may be sent, from the time of the person's last message. Both windows are
 * measured strictly ("within 24 hours"), so a reply exactly at a boundary takes the stricter rule.
 */
export const messengerReplyPolicy = (lastUserMessageAt: Date, now: Date): MessengerReplyPolicy => {
  const age = Math.max(0, now.getTime() - lastUserMessageAt.getTime())
  if (age < STANDARD_WINDOW_MS) return { allowed: true, messagingType: 'RESPONSE' }
  if (age < HUMAN_AGENT_WINDOW_MS) return { allowed: true, messagingType: 'MESSAGE_TAG', tag: 'HUMAN_AGENT' }
  return { allowed: false, code: 'messaging_window_closed' }
}
