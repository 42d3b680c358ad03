import type { Endpoint, PayloadRequest } from 'payload'

import { SOCIAL_PLATFORMS } from '../../collections/SocialAccounts'
import { relationId } from '../auth/actor'
import { jsonBody } from '../endpoints/jsonBody'
import type { Id } from '../workflow/roles'
import { refuse } from './messages'
import { tokenTarget } from './tokenTarget'

/**
 * A member without a login keeps their social accounts right from the link they were sent: the
 * one-tap token names them, so it opens their own accounts and nobody else's. Adding goes through
 * the collection's hooks (one profile key per page, the member's page); changing is removing and
 * adding again, so a changed profile is never left marked verified.
 */
const ownAccounts = (req: PayloadRequest, member: Id) =>
  req.payload.find({
    collection: 'social-accounts',
    where: { member: { equals: member } },
    select: { platform: true, url: true, displayName: true, verified: true },
    sort: 'createdAt',
    depth: 0,
    limit: 0,
    pagination: false,
    overrideAccess: true,
  })

const noStore = { headers: { 'Cache-Control': 'no-store' } }

const list: Endpoint = {
  path: '/tap/:token/accounts',
  method: 'get',
  handler: async (req) => {
    const found = await tokenTarget(req)
    if (!found) return refuse(req, 'bad_token', 404)
    return Response.json({ accounts: (await ownAccounts(req, found.member.id)).docs }, noStore)
  },
}

const text = (value: unknown, max: number) =>
  typeof value === 'string' && value.trim() !== '' && value.length <= max ? value.trim() : null

const add: Endpoint = {
  path: '/tap/:token/accounts',
  method: 'post',
  handler: async (req) => {
    const found = await tokenTarget(req)
    if (!found) return refuse(req, 'bad_token', 404)
    const body = await jsonBody(req)
    const url = text(body.url, 300)
    const platform = SOCIAL_PLATFORMS.find((each) => each === body.platform)
    const displayName = body.displayName ? text(body.displayName, 120) : null
    if (!url || !platform || (body.displayName && !displayName)) return refuse(req, 'bad_account', 400)
    const doc = await req.payload.create({
      collection: 'social-accounts',
      data: { member: found.member.id, platform, url, displayName, verified: false } as never,
      overrideAccess: true,
      depth: 0,
      req,
    })
    const { id, verified } = doc as unknown as { id: Id; verified: boolean }
    return Response.json({ account: { id, platform, url, displayName, verified } }, { status: 201 })
  },
}

const remove: Endpoint = {
  path: '/tap/:token/accounts/:account',
  method: 'delete',
  handler: async (req) => {
    const found = await tokenTarget(req)
    if (!found) return refuse(req, 'bad_token', 404)
    const account = await req.payload.findByID({
      collection: 'social-accounts',
      id: String(req.routeParams?.account),
      select: { member: true },
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })
    if (!account || String(relationId(account.member as never)) !== String(found.member.id)) {
      return refuse(req, 'account_not_found', 404)
    }
    await req.payload.delete({ collection: 'social-accounts', id: account.id, overrideAccess: true, req })
    return Response.json({ deleted: account.id })
  },
}

export const accountsByLinkEndpoints: Endpoint[] = [list, add, remove]
