import { Writable } from 'node:stream'

import { pino } from 'pino'

import { loggerConfig } from '../../src/log/loggerConfig'
import { requestContext } from '../../src/log/requestContext'

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

  it('writes one JSON object per line with an ISO time, and the request id of the request being served', () => {
    const { lines, sink } = capture()
    const logger = pino(loggerConfig({ LOG_FORMAT: 'json', LOG_LEVEL: 'info' })!.options, sink)
    requestContext.run({ reqId: 'req-1' }, () => logger.error({ collection: 'stories' }, 'hook failed'))
    logger.info('outside any request')
    expect(lines[0]).toMatchObject({ name: 'newsroom', msg: 'hook failed', reqId: 'req-1', collection: 'stories' })
    expect(new Date(lines[0]!.time as string).toISOString()).toBe(lines[0]!.time)
    expect(lines[1]).not.toHaveProperty('reqId')
  })
})
