import type { FieldHook } from 'payload'

/**
 * A channel's Facebook page id is `pageId` to every client (the contract), but is stored as
 * `facebookPageId`: `pageId`'s column would be `page_id`, the one the channel's newsroom `page`
 * relationship needs. `pageId` is virtual and carries the value both ways.
 */
export const storeFacebookPageId: FieldHook = ({ value, siblingData }) => {
  if (value !== undefined) siblingData.facebookPageId = value
  return undefined
}

export const readFacebookPageId: FieldHook = ({ siblingData }) => siblingData?.facebookPageId ?? null
