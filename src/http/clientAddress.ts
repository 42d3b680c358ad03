import net from 'node:net'

import type { NextFunction, Request, Response } from 'express'

/**
 * The header through which the edge tells the app who is asking. Whatever a client sent under this
 * name is overwritten, so the app can rely on it (the app is only ever served through this edge).
 */
export const CLIENT_ADDRESS_HEADER = 'x-newsroom-client-address'

/** The first four groups of an IPv6 address: one subscriber's /64, which holds 2^64 addresses. */
const ipv6Prefix = (address: string) => {
  const [head = '', tail = ''] = address.split('::')
  const left = head ? head.split(':') : []
  const right = address.includes('::') && tail ? tail.split(':') : []
  const groups = [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right]
  return `${groups
    .slice(0, 4)
    .map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''))
    .join(':')}::/64`
}

/**
 * Who a limit counts against: the IPv4 address (also when it comes IPv6-mapped), or the IPv6 /64.
 * Express sets `req.ip` from the socket, or from `X-Forwarded-For` only through proxies TRUST_PROXY
 * names.
 */
export const clientKey = (ip: string | undefined): string => {
  if (!ip) return 'unknown'
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip)?.[1]
  if (mapped) return mapped
  return net.isIPv6(ip) ? ipv6Prefix(ip) : ip
}

export const recordClientAddress = (req: Request, _res: Response, next: NextFunction) => {
  req.headers[CLIENT_ADDRESS_HEADER] = clientKey(req.ip ?? req.socket.remoteAddress)
  next()
}
