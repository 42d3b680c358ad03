import { parseRate } from '../../src/auth/attemptCounters'
import { signInSettingsFromEnv } from '../../src/auth/signInGuard'
import { clientKey } from '../../src/http/clientAddress'
import { edgeSettingsFromEnv, MB, parseTrustProxy, startupWarnings } from '../../src/http/settings'

test('in production without SERVER_URL, start-up warns that reset links would be relative', () => {
  for (const env of [{ NODE_ENV: 'production' }, { NEWSROOM_ENV: 'production' }]) {
    expect(startupWarnings(env).join('\n')).toMatch(
      /SERVER_URL is not set: password-reset links in emails would be relative/,
    )
  }
  expect(startupWarnings({ NODE_ENV: 'production', SERVER_URL: 'https://toasoan.example.vn' })).toEqual([])
  expect(startupWarnings({ NODE_ENV: 'development' })).toEqual([])
  expect(startupWarnings({ SIGN_IN_PROTECTION: 'off' }).join('\n')).toMatch(/never in service/)
})

test('TRUST_PROXY is off unless set', () => {
  expect(parseTrustProxy(undefined)).toBe(false)
  expect(parseTrustProxy('off')).toBe(false)
  expect(parseTrustProxy('true')).toBe(true)
  expect(parseTrustProxy('1')).toBe(1)
  expect(parseTrustProxy('loopback, 10.0.0.0/8')).toBe('loopback, 10.0.0.0/8')
})

test('edge defaults: 1 MB bodies, no trusted origins; TRUSTED_ORIGINS normalised to origins', () => {
  expect(edgeSettingsFromEnv({})).toMatchObject({ trustProxy: false, trustedOrigins: [], maxBodyBytes: MB })
  expect(
    edgeSettingsFromEnv({ TRUSTED_ORIGINS: ' https://a.example/path , http://b.example:8080/' }).trustedOrigins,
  ).toEqual(['https://a.example', 'http://b.example:8080'])
  expect(() => edgeSettingsFromEnv({ MAX_REQUEST_BODY_BYTES: 'lots' })).toThrow(/MAX_REQUEST_BODY_BYTES/)
})

test('rates read as attempts/seconds; "off" lifts a limit; nonsense is refused at start', () => {
  expect(parseRate('X', '30/60', null)).toEqual({ points: 30, seconds: 60 })
  expect(parseRate('X', 'off', { points: 1, seconds: 1 })).toBeNull()
  expect(parseRate('X', undefined, { points: 1, seconds: 1 })).toEqual({ points: 1, seconds: 1 })
  expect(() => parseRate('LOGIN_RATE_PER_ADDRESS', '30 per minute', null)).toThrow(/LOGIN_RATE_PER_ADDRESS/)
  const defaults = signInSettingsFromEnv({})
  expect(defaults.protection).toBe(true)
  expect(defaults.hashConcurrency).toBeGreaterThanOrEqual(1)
  expect(defaults.loginPerAddress).toEqual({ points: 30, seconds: 60 })
})

test('a client is counted by its IPv4 address, or by its IPv6 /64', () => {
  expect(clientKey('203.0.113.7')).toBe('203.0.113.7')
  expect(clientKey('::ffff:203.0.113.7')).toBe('203.0.113.7')
  expect(clientKey('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64')
  expect(clientKey('2001:db8:0:1:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64')
  expect(clientKey('2001:db8::1')).toBe('2001:db8:0:0::/64')
  expect(clientKey('::1')).toBe('0:0:0:0::/64')
  expect(clientKey(undefined)).toBe('unknown')
})
