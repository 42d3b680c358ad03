import crypto from 'node:crypto'

import { describe, expect, it } from '@jest/globals'

import { checkSignature, signatureFor } from '../../src/webhooks/signature'
import { commentChange, delivery, metaJson } from '../helpers/facebookWebhooks'

const SECRET = 'app-secret-for-tests'
const VIETNAMESE = 'Thông tin này sai sự thật! Đề nghị Ban biên tập đính chính ngay.'
const body = delivery('1000111', { changes: [commentChange({ pageId: '1000111', message: VIETNAMESE })] })

describe('X-Hub-Signature-256', () => {
  it('Meta escapes non-ASCII before signing: the raw escaped bytes verify', () => {
    const raw = Buffer.from(metaJson(body), 'utf8')
    expect(raw.toString()).toContain('Th\\u00f4ng tin n\\u00e0y')
    expect(raw.every((byte) => byte < 0x80)).toBe(true)
    expect(checkSignature(raw, signatureFor(raw, SECRET), SECRET)).toBe('valid')
  })

  it('a body with raw UTF-8 Vietnamese verifies when signed as sent', () => {
    const raw = Buffer.from(JSON.stringify(body), 'utf8')
    expect(raw.toString()).toContain(VIETNAMESE)
    expect(checkSignature(raw, signatureFor(raw, SECRET), SECRET)).toBe('valid')
  })

  it('re-serialising the parsed JSON changes the bytes, so the signature Meta sent would fail', () => {
    const sent = Buffer.from(metaJson(body), 'utf8')
    const header = signatureFor(sent, SECRET)
    const reserialised = Buffer.from(JSON.stringify(JSON.parse(sent.toString('utf8'))), 'utf8')
    expect(reserialised.equals(sent)).toBe(false)
    expect(checkSignature(reserialised, header, SECRET)).toBe('invalid')
    // An ASCII-only body survives the round trip, which is why English-only tests hide this bug.
    const ascii = Buffer.from(JSON.stringify({ object: 'page', entry: [] }))
    expect(
      checkSignature(Buffer.from(JSON.stringify(JSON.parse(ascii.toString()))), signatureFor(ascii, SECRET), SECRET),
    ).toBe('valid')
  })

  it('is the lowercase-hex HMAC-SHA256 of the body with the app secret', () => {
    const raw = Buffer.from('{"object":"page"}')
    expect(signatureFor(raw, SECRET)).toBe(`sha256=${crypto.createHmac('sha256', SECRET).update(raw).digest('hex')}`)
    expect(checkSignature(raw, signatureFor(raw, SECRET).toUpperCase().replace('SHA256=', 'sha256='), SECRET)).toBe(
      'valid',
    )
  })

  it.each([
    ['missing', undefined, 'missing'],
    ['empty', '', 'missing'],
    ['the legacy sha1 header format', 'sha1=0123456789abcdef0123456789abcdef01234567', 'invalid'],
    ['not hex', `sha256=${'z'.repeat(64)}`, 'invalid'],
    ['too short', 'sha256=abcd', 'invalid'],
  ])('refuses a %s signature', (_label, header, expected) => {
    expect(checkSignature(Buffer.from('{}'), header, SECRET)).toBe(expected)
  })

  it('refuses a signature made with another secret or over other bytes', () => {
    const raw = Buffer.from(metaJson(body))
    expect(checkSignature(raw, signatureFor(raw, 'another-secret'), SECRET)).toBe('invalid')
    expect(checkSignature(Buffer.concat([raw, Buffer.from(' ')]), signatureFor(raw, SECRET), SECRET)).toBe('invalid')
  })
})
