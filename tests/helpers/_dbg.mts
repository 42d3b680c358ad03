import { serveFetchHandler } from './httpBridge.ts'
import { processMultipartFormdata } from '../../node_modules/payload/dist/uploads/fetchAPI-multipart/index.js'
const server = await serveFetchHandler(async (request) => {
  try {
    const r = await processMultipartFormdata({ options: { limits: { fileSize: 25 * 1024 * 1024 }, abortOnLimit: true }, request })
    return new Response('ok ' + JSON.stringify(Object.keys(r.files ?? {})))
  } catch (e: any) { return new Response(String(e.message), { status: e.status ?? 500 }) }
})
const form = (n: number) => { const f = new FormData(); f.append('file', new Blob([new Uint8Array(n)], { type: 'image/jpeg' }), 'a.jpg'); f.append('_payload', '{}'); return f }
for (const size of [26 * 1024 * 1024, 10, 10, 10, 10]) {
  const t = Date.now()
  try { const r = await fetch(server.url, { method: 'POST', body: form(size) }); console.log(size, r.status, await r.text(), Date.now() - t) } catch (e: any) { console.log(size, 'failed', e.cause?.code ?? e, Date.now() - t) }
}
await server.close()
