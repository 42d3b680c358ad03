import type { Endpoint } from 'payload'

import { toActor } from '../auth/actor'
import { refusal } from '../i18n/errors'
import { graphCall, graphSettingsFromEnv } from '../publishing/graphClient'
import { encryptionSecret, open } from '../security/secretBox'
import { hasAnyRole } from '../workflow/roles'

/**
 * `POST /api/channels/:id/check`: reads the page's name and follower count with the stored token,
 * or reports Facebook's exact error (expired token, missing permission). The token never leaves
 * the server.
 */
export const checkChannelEndpoint: Endpoint = {
  path: '/:id/check',
  method: 'post',
  handler: async (req) => {
    if (!hasAnyRole(toActor(req.user), ['admin', 'board'])) return refusal(req, 'not_permitted', 403)
    const channel = await req.payload.findByID({
      collection: 'channels',
      id: String(req.routeParams?.id),
      depth: 0,
      showHiddenFields: true,
      req,
    })
    if (channel.kind !== 'facebook_page') return Response.json({ ok: true, name: channel.name, followers: null })

    const sealed = (channel as { accessTokenSealed?: string | null }).accessTokenSealed
    if (!channel.pageId || !sealed) {
      return Response.json({
        ok: false,
        message: 'Chưa có mã trang hoặc mã truy cập / page id or access token missing',
      })
    }
    const result = await graphCall(graphSettingsFromEnv(), {
      method: 'GET',
      path: channel.pageId,
      token: open(sealed, encryptionSecret(req.payload.secret)),
      query: { fields: 'name,followers_count' },
    })
    if (result.ok)
      return Response.json({ ok: true, name: result.body.name, followers: result.body.followers_count ?? null })
    if ('noAnswer' in result) return Response.json({ ok: false, message: `Facebook không trả lời (${result.reason})` })
    const { error } = result
    if (error.kind === 'token') {
      await req.payload.update({
        collection: 'channels',
        id: channel.id,
        data: { needsReconnect: true },
        overrideAccess: true,
        req,
      })
    }
    return Response.json({
      ok: false,
      kind: error.kind,
      code: error.code,
      subcode: error.subcode,
      message: error.message,
    })
  },
}
