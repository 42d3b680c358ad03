import type { NextFunction, Request, Response } from 'express'

/**
 * An answer sent before the request's body has arrived in full (a refused upload, an early 401/403/413)
 * leaves the rest of that body on the connection: a client that sent its next request on the same
 * socket would have it read as garbage or reset. `Connection: close` tells the client not to reuse it,
 * and makes Node close it once the answer is out.
 */
export const closeAfterEarlyAnswer = (req: Request, res: Response, next: NextFunction) => {
  const writeHead = res.writeHead
  res.writeHead = function (this: Response, ...args: Parameters<Response['writeHead']>) {
    if (!req.complete) this.setHeader('connection', 'close')
    return writeHead.apply(this, args)
  } as Response['writeHead']
  next()
}
