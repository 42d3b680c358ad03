import { APIError, formatErrors, ValidationError } from 'payload'

import { keepErrorData } from '../../src/config/keepErrorData'

/**
 * The built server runs two copies of Payload (Next's bundle formats the answer, the instance from
 * node_modules throws), so Payload's formatter meets errors of a class it does not know. These
 * stand-ins are such errors: the same shape as Payload's, another class.
 */
class ForeignValidationError extends Error {
  name = 'ValidationError'
  status = 400
  isPublic = true
  data = {
    collection: 'media',
    errors: [
      { path: 'caption', message: 'Trường này là bắt buộc.' },
      { path: 'credit', message: 'Trường này là bắt buộc.' },
    ],
  }
}

class ForeignAPIError extends Error {
  name = 'APIError'
  status = 415
  isPublic = true
  data = { code: 'file_type_not_allowed' }
}

/** What Payload's formatter makes of `error` (it takes any object), then the hook's arguments. */
const formatted = (error: Error) => formatErrors(error as unknown as Record<string, unknown>)
const hookArgs = (error: Error) => ({ error, result: formatted(error), context: {}, req: {} as never })

describe('keepErrorData (afterError)', () => {
  test("Payload's formatter drops the field paths of a validation error of another copy's class", () => {
    expect(formatted(new ForeignValidationError('Lỗi - Những trường sau không hợp lệ'))).toEqual({
      errors: [{ message: 'Lỗi - Những trường sau không hợp lệ' }],
    })
  })

  test('puts the field paths back, so that the form marks the fields', () => {
    const error = new ForeignValidationError('Lỗi - Những trường sau không hợp lệ')
    expect(keepErrorData(hookArgs(error))).toEqual({
      response: {
        errors: [{ name: 'ValidationError', message: error.message, data: error.data }],
      },
    })
  })

  test('puts the stable code of a newsroom error back', async () => {
    const error = new ForeignAPIError('Chỉ nhận ảnh JPEG, PNG hoặc WebP.')
    const answer = (await keepErrorData(hookArgs(error))) ?? {}
    expect(answer.response?.errors?.[0]?.data).toEqual({ code: 'file_type_not_allowed' })
  })

  test('leaves alone what Payload formatted itself and what it chose to hide', () => {
    const own = new ValidationError({ collection: 'media', errors: [{ path: 'caption', message: 'x' }] })
    expect(keepErrorData(hookArgs(own))).toBeUndefined()
    const hidden = new ForeignAPIError('SQLITE_ERROR: secret details')
    const result = formatErrors(new APIError('Something went wrong.'))
    expect(keepErrorData({ error: hidden, result, context: {}, req: {} as never })).toBeUndefined()
  })
})
