import type { Endpoint, PayloadRequest } from 'payload'

import { jsonBody } from '../../endpoints/jsonBody'
import { requestLog } from '../../log/requestLog'
import { applyEntryTransition } from '../apply'
import { codeDigest } from '../confirmation'
import { contactKeyOf, parseContact } from '../entryInput'
import { ContestRefusal } from '../errors'
import { addressOf, withinLimit } from '../limits'
import { contestBySlug, type SubmittedEntry, submitEntry } from '../submitEntry'
import { answer } from './answer'

/** The confirmation by email, when the entrant gave one; a failure to send never undoes the entry. */
const emailConfirmation = (req: PayloadRequest, entry: SubmittedEntry) => {
  if (!entry.email) return
  req.payload
    .sendEmail({
      to: entry.email,
      subject: `Xác nhận bài dự thi số ${entry.number} – ${entry.contestTitle}`,
      text:
        `Ban Tổ chức đã nhận bài dự thi số ${entry.number} của bạn cho cuộc thi "${entry.contestTitle}".\n` +
        `Mã xác nhận: ${entry.code}\n` +
        'Hãy giữ mã này: bạn cần nó (cùng số điện thoại hoặc email đã khai) để rút bài trước khi chấm.',
    })
    .catch(() =>
      requestLog(req.payload.logger, req.headers).warn({
        msg: `Contest confirmation email for entry ${entry.id} not sent`,
      }),
    )
}

/**
 * `POST /api/contests/:slug/entries` (multipart: `_payload` JSON with the form's fields, `photos`):
 * a visitor's entry. Answers 201 `{ number, code }` — the code is shown once and never stored.
 */
export const submitEntryEndpoint: Endpoint = {
  path: '/:slug/entries',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      const entry = await submitEntry(req, req.routeParams?.slug)
      emailConfirmation(req, entry)
      return Response.json({ number: entry.number, code: entry.code }, { status: 201 })
    }),
}

/**
 * `POST /api/contests/:slug/entries/withdraw {code, contact}`: the entrant takes their entry back,
 * before judging. Wrong code or contact, and another contest's code, are all the same 404.
 */
export const withdrawEntryEndpoint: Endpoint = {
  path: '/:slug/entries/withdraw',
  method: 'post',
  handler: (req) =>
    answer(req, async () => {
      if (!(await withinLimit('withdraw:address', addressOf(req)))) throw new ContestRefusal('too_many_requests', 429)
      const { code, contact } = await jsonBody(req)
      const contest = await contestBySlug(req, req.routeParams?.slug)
      const parsed = parseContact(contact)
      if (!contest || !parsed || typeof code !== 'string' || code.length > 40) {
        throw new ContestRefusal('withdraw_not_found', 404)
      }
      const { docs } = await req.payload.find({
        collection: 'contest-entries',
        where: {
          and: [
            { contest: { equals: contest.id } },
            { contactKey: { equals: contactKeyOf(parsed) } },
            { confirmationCode: { equals: codeDigest(code) } },
          ],
        },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        select: { number: true },
      })
      const entry = docs[0] as { id: string | number; number?: number } | undefined
      if (!entry) throw new ContestRefusal('withdraw_not_found', 404)
      await applyEntryTransition(req.payload, { entry: entry.id, action: 'withdraw', parties: ['entrant'] })
      return Response.json({ number: entry.number ?? null, stage: 'withdrawn' })
    }),
}
