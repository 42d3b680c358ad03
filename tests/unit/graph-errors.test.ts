import { describe, expect, it } from '@jest/globals'

import { classifyGraphError, parseUsageHeaders } from '../../src/publishing/graphErrors'

const graphError = (code: number, subcode?: number, extra: Record<string, unknown> = {}) => ({
  error: {
    message: `(#${code}) test`,
    type: 'OAuthException',
    code,
    ...(subcode === undefined ? {} : { error_subcode: subcode }),
    fbtrace_id: 'AbCdEf123',
    ...extra,
  },
})

describe('classifyGraphError', () => {
  it.each([4, 17, 32, 613, 80001, 341])('treats code %i as throttling', (code) => {
    expect(classifyGraphError({ httpStatus: 400, body: graphError(code) }).kind).toBe('throttled')
  })

  it('treats 368 as throttling only with the posting-rate subcode', () => {
    expect(classifyGraphError({ httpStatus: 400, body: graphError(368, 1390008) }).kind).toBe('throttled')
    expect(classifyGraphError({ httpStatus: 400, body: graphError(368, 1) }).kind).toBe('invalid')
  })

  it('classifies by code, never by type', () => {
    const token = classifyGraphError({ httpStatus: 400, body: graphError(190, 463) })
    expect(token).toEqual({
      kind: 'token',
      code: 190,
      subcode: 463,
      message: '(#190) test',
      fbtraceId: 'AbCdEf123',
    })
    expect(classifyGraphError({ httpStatus: 400, body: graphError(100, 1404078) }).kind).toBe('token')
  })

  it.each([10, 200, 230, 299, 3])('treats code %i as a permission problem', (code) => {
    expect(classifyGraphError({ httpStatus: 403, body: graphError(code) }).kind).toBe('permission')
  })

  it('treats codes 1 and 2, 5xx and is_transient as transient', () => {
    expect(classifyGraphError({ httpStatus: 500, body: graphError(2) }).kind).toBe('transient')
    expect(classifyGraphError({ httpStatus: 500, body: graphError(1) }).kind).toBe('transient')
    expect(
      classifyGraphError({ httpStatus: 400, body: graphError(9999, undefined, { is_transient: true }) }).kind,
    ).toBe('transient')
    const gateway = classifyGraphError({ httpStatus: 502, body: '<html>Bad Gateway</html>' })
    expect(gateway).toEqual({ kind: 'transient', message: 'Graph API request failed with HTTP 502' })
  })

  it('treats invalid parameters as permanent and flags duplicates', () => {
    expect(classifyGraphError({ httpStatus: 400, body: graphError(100) })).toMatchObject({ kind: 'invalid', code: 100 })
    expect(classifyGraphError({ httpStatus: 400, body: graphError(506) })).toMatchObject({
      kind: 'invalid',
      duplicate: true,
    })
    expect(classifyGraphError({ httpStatus: 400, body: graphError(9, 1366051) })).toMatchObject({
      kind: 'invalid',
      duplicate: true,
    })
    expect(classifyGraphError({ httpStatus: 400, body: graphError(100) }).duplicate).toBeUndefined()
  })

  it('reads a raw JSON string body and the user-facing message', () => {
    const body = JSON.stringify(graphError(100, 33, { error_user_msg: 'Không tìm thấy' }))
    expect(classifyGraphError({ httpStatus: 400, body })).toMatchObject({
      kind: 'invalid',
      subcode: 33,
      userMessage: 'Không tìm thấy',
    })
  })

  it('says unknown when nothing is recognisable', () => {
    expect(classifyGraphError({ httpStatus: 404, body: 'Not Found' })).toEqual({
      kind: 'unknown',
      message: 'Graph API request failed with HTTP 404',
    })
    expect(classifyGraphError({ httpStatus: 400, body: graphError(12345) }).kind).toBe('unknown')
    expect(classifyGraphError({}).message).toBe('Graph API request failed')
  })

  it('turns estimated_time_to_regain_access minutes into retryAfterMs', () => {
    const headers = new Headers({
      'x-business-use-case-usage': JSON.stringify({
        '1000': [
          { type: 'pages', call_count: 100, total_cputime: 20, total_time: 30, estimated_time_to_regain_access: 7 },
        ],
      }),
    })
    expect(classifyGraphError({ httpStatus: 400, body: graphError(80001), headers })).toMatchObject({
      kind: 'throttled',
      retryAfterMs: 7 * 60_000,
    })
  })

  it('uses Retry-After when it asks for a longer wait, and 429 or full usage as throttling', () => {
    const result = classifyGraphError({ httpStatus: 429, body: '', headers: { 'Retry-After': '120' } })
    expect(result).toMatchObject({ kind: 'throttled', retryAfterMs: 120_000 })
    const full = classifyGraphError({ httpStatus: 400, headers: { 'X-App-Usage': '{"call_count":100}' } })
    expect(full.kind).toBe('throttled')
  })
})

describe('parseUsageHeaders', () => {
  it('parses all three headers from a plain object, case-insensitively', () => {
    const usage = parseUsageHeaders({
      'X-App-Usage': '{"call_count":12,"total_cputime":3,"total_time":4}',
      'x-page-usage': '{"call_count":95,"total_cputime":10,"total_time":11,"estimated_time_to_regain_access":0}',
      'X-Business-Use-Case-Usage': JSON.stringify({
        '1000': [
          { type: 'pages', call_count: 40, total_cputime: 99, total_time: 5, estimated_time_to_regain_access: 2 },
        ],
        '2000': [
          { type: 'pages', call_count: '101', total_cputime: 1, total_time: 1, estimated_time_to_regain_access: 15 },
        ],
      }),
    })
    expect(usage.app).toEqual({ callCount: 12, totalCputime: 3, totalTime: 4 })
    expect(usage.page).toEqual({
      callCount: 95,
      totalCputime: 10,
      totalTime: 11,
      estimatedTimeToRegainAccessMinutes: 0,
    })
    expect(usage.businessUseCases).toEqual([
      {
        id: '1000',
        type: 'pages',
        callCount: 40,
        totalCputime: 99,
        totalTime: 5,
        estimatedTimeToRegainAccessMinutes: 2,
      },
      {
        id: '2000',
        type: 'pages',
        callCount: 101,
        totalCputime: 1,
        totalTime: 1,
        estimatedTimeToRegainAccessMinutes: 15,
      },
    ])
    expect(usage.maxPercent).toBe(101)
    expect(usage.retryAfterMs).toBe(15 * 60_000)
  })

  it('ignores absent and malformed headers', () => {
    expect(parseUsageHeaders(undefined)).toEqual({ businessUseCases: [] })
    expect(parseUsageHeaders(new Headers({ 'x-app-usage': 'not json', 'x-business-use-case-usage': '[]' }))).toEqual({
      businessUseCases: [],
    })
  })
})
