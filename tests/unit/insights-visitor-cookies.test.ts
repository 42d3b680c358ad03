import { idCookie, readIdCookie, SEEN_COOKIE } from '../../src/insights/local/visitorCookies'

describe('the local feed’s visitor cookies', () => {
  test('hold story ids only, newest last, at most 200', () => {
    const line = idCookie(SEEN_COOKIE, ['1', '2', '1', '3'], true)
    expect(line).toMatch(/^fp_seen=1\.2\.3; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/)
    const many = idCookie(
      SEEN_COOKIE,
      Array.from({ length: 250 }, (_, i) => String(i)),
      false,
    )
    const ids = readIdCookie(many.split(';')[0]!, SEEN_COOKIE)
    expect(ids).toHaveLength(200)
    expect(ids.at(-1)).toBe('249')
    expect(many).not.toContain('Secure')
  })

  test('anything else in the cookie is ignored', () => {
    expect(readIdCookie('a=b; fp_seen=12.abc_1.%3Cscript%3E.7; other=1', SEEN_COOKIE)).toEqual(['12', 'abc_1', '7'])
    expect(readIdCookie(null, SEEN_COOKIE)).toEqual([])
  })
})
