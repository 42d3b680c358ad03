import { normalizePhone, profileKey } from '../../src/members/profileKey'

describe('normalizePhone', () => {
  test.each([
    ['0912345678', '0912345678'],
    ['0912 345 678', '0912345678'],
    ['0912.345.678', '0912345678'],
    ['0912-345-678', '0912345678'],
    ['(0912) 345678', '0912345678'],
    ['+84912345678', '0912345678'],
    ['+84 912 345 678', '0912345678'],
    ['84912345678', '0912345678'],
    ['0084912345678', '0912345678'],
    ['912345678', '0912345678'],
    ['02713888999', '02713888999'],
    ['  0912345678  ', '0912345678'],
  ])('%s → %s', (raw, expected) => {
    expect(normalizePhone(raw)).toBe(expected)
  })

  test.each(['', '12345', '09123', '0912345678901', 'abc', '0912a45678', '+', '112345678', '09 12 34 56 78 90 12'])(
    '%s is not a phone',
    (raw) => {
      expect(normalizePhone(raw)).toBeNull()
    },
  )
})

describe('facebook', () => {
  test.each([
    'https://www.facebook.com/nguyenvana',
    'https://facebook.com/nguyenvana/',
    'http://m.facebook.com/nguyenvana',
    'https://mbasic.facebook.com/nguyenvana',
    'https://web.facebook.com/nguyenvana',
    'facebook.com/NguyenVanA',
    'www.facebook.com/nguyenvana?ref=bookmarks',
    'https://www.facebook.com/nguyenvana#about',
    'https://fb.com/nguyenvana',
    'https://fb.me/nguyenvana',
    'https://www.facebook.com/nguyenvana/about',
    'nguyenvana',
    'NguyenVanA',
    'HTTPS://WWW.FACEBOOK.COM/NGUYENVANA//',
  ])('%s is facebook:nguyenvana', (raw) => {
    expect(profileKey('facebook', raw)).toBe('facebook:nguyenvana')
  })

  test.each([
    'https://www.facebook.com/profile.php?id=100012345678',
    'https://m.facebook.com/profile.php?id=100012345678&ref=x',
    'facebook.com/profile.php?ref=x&id=100012345678',
    'https://www.facebook.com/100012345678',
    'https://www.facebook.com/people/Nguyen-Van-A/100012345678/',
    '100012345678',
  ])('%s is the numeric id', (raw) => {
    expect(profileKey('facebook', raw)).toBe('facebook:id:100012345678')
  })

  test('two different profile ids are two keys', () => {
    expect(profileKey('facebook', 'facebook.com/profile.php?id=1000001')).not.toBe(
      profileKey('facebook', 'facebook.com/profile.php?id=1000002'),
    )
  })

  test.each([
    '',
    '   ',
    'https://example.com/nguyenvana',
    'https://www.facebook.com/',
    'https://www.facebook.com/profile.php',
    'https://www.facebook.com/profile.php?id=abc',
    'https://www.facebook.com/groups/123',
    'https://www.facebook.com/login',
    'nguyen van a',
    'https://facebook.com.evil.example/nguyenvana',
  ])('%s names no facebook profile', (raw) => {
    expect(profileKey('facebook', raw)).toBeNull()
  })

  test('null and undefined name no profile', () => {
    expect(profileKey('facebook', null)).toBeNull()
    expect(profileKey('facebook', undefined)).toBeNull()
  })
})

describe('zalo', () => {
  test.each([
    '0912345678',
    '0912 345 678',
    '0912.345.678',
    '+84 912 345 678',
    '84912345678',
    'zalo.me/0912345678',
    'https://zalo.me/0912345678/',
    'https://zalo.me/84912345678',
    'https://zalo.me/+84912345678',
  ])('%s is zalo:0912345678', (raw) => {
    expect(profileKey('zalo', raw)).toBe('zalo:0912345678')
  })

  test('a zalo.me link that is not a phone keeps its path, lowercased', () => {
    expect(profileKey('zalo', 'https://zalo.me/G/AbCdEf')).toBe('zalo:g/abcdef')
  })

  test.each(['', 'abc', '12345', 'https://example.com/0912345678', 'https://zalo.me/'])(
    '%s names no zalo account',
    (raw) => {
      expect(profileKey('zalo', raw)).toBeNull()
    },
  )
})

describe('tiktok', () => {
  test.each([
    'https://www.tiktok.com/@Nguyen.VanA',
    'https://tiktok.com/@nguyen.vana/',
    'https://m.tiktok.com/@nguyen.vana?lang=vi',
    'https://www.tiktok.com/@nguyen.vana/video/123',
    '@nguyen.vana',
    'nguyen.vana',
  ])('%s is tiktok:@nguyen.vana', (raw) => {
    expect(profileKey('tiktok', raw)).toBe('tiktok:@nguyen.vana')
  })

  test('a short link keeps its code', () => {
    expect(profileKey('tiktok', 'https://vm.tiktok.com/ZSabc123/')).toBe('tiktok:link:ZSabc123')
  })

  test.each(['', 'https://www.tiktok.com/', 'https://www.tiktok.com/foryou', 'https://example.com/@abc', 'a b'])(
    '%s names no tiktok account',
    (raw) => {
      expect(profileKey('tiktok', raw)).toBeNull()
    },
  )
})

describe('youtube', () => {
  test.each([
    'https://www.youtube.com/@KenhPhuRieng',
    'https://m.youtube.com/@kenhphurieng/videos',
    'youtube.com/@kenhphurieng/',
    '@KenhPhuRieng',
  ])('%s is youtube:@kenhphurieng', (raw) => {
    expect(profileKey('youtube', raw)).toBe('youtube:@kenhphurieng')
  })

  test('channel ids keep their case; custom and user names do not', () => {
    expect(profileKey('youtube', 'https://www.youtube.com/channel/UCabcDEF123/')).toBe('youtube:channel:UCabcDEF123')
    expect(profileKey('youtube', 'https://www.youtube.com/c/PhuRieng')).toBe('youtube:c:phurieng')
    expect(profileKey('youtube', 'https://www.youtube.com/user/PhuRieng')).toBe('youtube:user:phurieng')
  })

  test.each([
    '',
    'kenhphurieng',
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=abc',
    'https://x.com/@a',
  ])('%s names no youtube channel', (raw) => {
    expect(profileKey('youtube', raw)).toBeNull()
  })
})

describe('other', () => {
  test.each([
    ['https://Example.org/Abc/', 'other:example.org/abc'],
    ['http://example.org/abc', 'other:example.org/abc'],
    ['example.org/abc///', 'other:example.org/abc'],
  ])('%s → %s', (raw, expected) => {
    expect(profileKey('other', raw)).toBe(expected)
  })

  test.each(['', '   ', 'a b', 'https://'])('%s names nothing', (raw) => {
    expect(profileKey('other', raw)).toBeNull()
  })
})
