// A proxy in front of the simulator that runs a callback while each request is in flight: after the
// client sent it, before the simulator answers. Tests use it to move the clock during a Graph read
// (a read that started before a deadline and is answered after it).
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

const bodyOf = async (req: IncomingMessage) => {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  return chunks.length > 0 ? Buffer.concat(chunks) : undefined
}

export const startInFlightProxy = async (target: string, whileInFlight: () => void) => {
  const server = createServer((req, res) => {
    void (async () => {
      const body = await bodyOf(req)
      whileInFlight()
      const headers = Object.fromEntries(
        Object.entries(req.headers).filter(([name, value]) => typeof value === 'string' && name !== 'host'),
      ) as Record<string, string>
      const answer = await fetch(`${target}${req.url}`, { method: req.method, headers, body })
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'application/json' })
      res.end(Buffer.from(await answer.arrayBuffer()))
    })().catch(() => req.socket.destroy())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
