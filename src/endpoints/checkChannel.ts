import type { Endpoint, PayloadRequest } from 'payload'

import { relationId, toActor } from '../auth/actor'
import { findVisible } from '../auth/visible'
import { refusal } from '../i18n/errors'
import { actorInPage } from '../pages/membership'
import { graphCall, graphSettingsFromEnv } from '../publishing/graphClient'
import { encryptionSecret, open } from '../security/secretBox'
import { type Role, hasAnyRole } from '../workflow/roles'
import { jsonBody } from './jsonBody'

// A page id or username: nothing that could turn the path into another Graph call.
const PAGE_ID = /^[A-Za-z0-9.]{1,100}$/

type Answer = Record<string, unknown> & { ok: boolean; kind?: string }

/** Reads the page's name and follower count with this token, or reports Facebook's exact error. */
const probePage = async (pageId: string, token: string): Promise<Answer> => {
  const result = await graphCall(graphSettingsFromEnv(), {
    method: 'GET',
    path: pageId,
    token,
    query: { fields: 'name,followers_count' },
  })
  if (result.ok) return { ok: true, name: result.body.name, followers: result.body.followers_count ?? null }
  if ('noAnswer' in result) return { ok: false, message: `Facebook không trả lời (${result.reason})` }
  const { error } = result
  return { ok: false, kind: error.kind, code: error.code, subcode: error.subcode, message: error.message }
}

const channelOf = (req: PayloadRequest, id: unknown) =>
  req.payload.findByID({ collection: 'channels', id: String(id), depth: 0, showHiddenFields: true, req })

const storedToken = (req: PayloadRequest, channel: object) => {
  const sealed = (channel as { accessTokenSealed?: unknown }).accessTokenSealed
  return typeof sealed === 'string' && sealed ? open(sealed, encryptionSecret(req.payload.secret)) : null
}

/** A stored token Facebook rejects marks its channel "needs reconnect" (a new token clears it). */
const recordRejectedToken = async (req: PayloadRequest, id: string | number, answer: Answer) => {
  if (answer.kind !== 'token') return
  await req.payload.update({ collection: 'channels', id, data: { needsReconnect: true }, overrideAccess: true, req })
}

const allowed = (req: PayloadRequest, roles: readonly Role[]) => hasAnyRole(toActor(req.user), roles)

/** The board of the channel's page (or an admin): a board member of another page does not learn it exists. */
const checkableChannel = async (req: PayloadRequest) => {
  const actor = toActor(req.user)
  const id = String(req.routeParams?.id)
  const visible = actor ? await findVisible<{ page?: unknown }>(req, 'channels', id) : null
  if (!actor || !visible) return refusal(req, 'channel_not_found', 404)
  const inPage = actorInPage(actor, relationId(visible.page as never))
  if (!hasAnyRole(inPage, ['admin', 'board'])) return refusal(req, 'not_permitted', 403)
  return channelOf(req, id)
}

/**
 * `POST /api/channels/:id/check`: the saved channel's connection, with its stored token, for its
 * page's board. The token never leaves the server.
 */
export const checkChannelEndpoint: Endpoint = {
  path: '/:id/check',
  method: 'post',
  handler: async (req) => {
    if (!allowed(req, ['admin', 'board'])) return refusal(req, 'not_permitted', 403)
    const channel = await checkableChannel(req)
    if (channel instanceof Response) return channel
    if (channel.kind !== 'facebook_page') return Response.json({ ok: true, name: channel.name, followers: null })
    const token = storedToken(req, channel)
    if (!channel.pageId || !token) {
      return Response.json({
        ok: false,
        message: 'Chưa có mã trang hoặc mã truy cập / page id or access token missing',
      })
    }
    const answer = await probePage(channel.pageId, token)
    await recordRejectedToken(req, channel.id, answer)
    return Response.json(answer)
  },
}

/**
 * `POST /api/channels/check-connection` `{ pageId, accessToken?, channel? }`, admins: checks a page
 * id and token as typed in the channel form, before anything is saved — connecting a page is one
 * screen. Without a typed token, the stored one of `channel` is used (a changed page id, same
 * token). Nothing is written, except "needs reconnect" when Facebook rejects a stored token.
 */
export const checkConnectionEndpoint: Endpoint = {
  path: '/check-connection',
  method: 'post',
  handler: async (req) => {
    if (!allowed(req, ['admin'])) return refusal(req, 'not_permitted', 403)
    const body = await jsonBody(req)
    const pageId = typeof body.pageId === 'string' ? body.pageId.trim() : ''
    const typed = typeof body.accessToken === 'string' ? body.accessToken.trim() : ''
    if (!PAGE_ID.test(pageId)) return refusal(req, 'page_id_invalid', 400)
    const saved = typeof body.channel === 'string' || typeof body.channel === 'number' ? body.channel : null
    const channel = !typed && saved !== null ? await channelOf(req, saved) : null
    const token = typed || (channel ? storedToken(req, channel) : null)
    if (!token) return refusal(req, 'access_token_required', 400)
    const answer = await probePage(pageId, token)
    if (channel && channel.pageId === pageId) await recordRejectedToken(req, channel.id, answer)
    return Response.json(answer)
  },
}
