import { Writable } from 'node:stream'

import { pino } from 'pino'

import { loggerConfig } from '../../src/log/loggerConfig'
import { requestLog } from '../../src/log/requestLog'

const capture = () => {
  const lines: Record<string, unknown>[] = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()))
      done()
    },
  })
  return { lines, sink }
}

describe('loggerConfig', () => {
  it('is JSON under npm start (NODE_ENV=production) or LOG_FORMAT=json, Payload’s readable default otherwise', () => {
    expect(loggerConfig({ NODE_ENV: 'production' })).toBeDefined()
    expect(loggerConfig({ LOG_FORMAT: 'json' })).toBeDefined()
    expect(loggerConfig({ NODE_ENV: 'production', LOG_FORMAT: 'pretty' })).toBeUndefined()
    expect(loggerConfig({})).toBeUndefined()
  })

  it('writes one JSON object per line with an ISO time; a request’s lines carry the id the edge gave it', () => {
    const { lines, sink } = capture()
    const logger = pino(loggerConfig({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' })!.options, sink)
    requestLog(logger, new Headers({ 'x-request-id': 'req-1' })).error({ collection: 'stories' }, 'hook failed')
    requestLog(logger, new Headers()).warn('a request without an id')
    logger.info('outside any request')
    expect(lines[0]).toMatchObject({ name: 'newsroom', msg: 'hook failed', reqId: 'req-1', collection: 'stories' })
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time)
    expect(lines[1]).toMatchObject({ msg: 'a request without an id' })
    expect(lines[1]).not.toHaveProperty('reqId')
    expect(lines[2]).not.toHaveProperty('reqId')
  })
})
