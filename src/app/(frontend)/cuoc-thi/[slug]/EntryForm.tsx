'use client'

import { type FormEvent, useState } from 'react'

import type { ContestKind } from '../../../../contests/labels'

type Result =
  | { state: 'idle' }
  | { state: 'sending' }
  | { state: 'done'; number: number; code: string }
  | { state: 'failed'; message: string }

const MAX_PHOTO_BYTES = 25 * 1024 * 1024

/**
 * The public entry form: works on a phone, no account needed. Sends the fields as `_payload` and the
 * photos as `photos` (multipart) to `POST /api/contests/<slug>/entries`; shows the code to keep.
 */
export const EntryForm = ({
  slug,
  kind,
  maxPhotos,
  maxWords,
  membersOnly,
}: {
  slug: string
  kind: ContestKind
  maxPhotos: number
  maxWords: number | null
  membersOnly: boolean
}) => {
  const [result, setResult] = useState<Result>({ state: 'idle' })
  const withPhotos = kind === 'photo' || kind === 'design'

  const send = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const form = new FormData(event.currentTarget)
    const photos = form.getAll('photos').filter((file): file is File => file instanceof File && file.size > 0)
    if (photos.length > maxPhotos) return setResult({ state: 'failed', message: `Tối đa ${maxPhotos} ảnh.` })
    if (photos.some((file) => file.size > MAX_PHOTO_BYTES)) {
      return setResult({ state: 'failed', message: 'Mỗi ảnh tối đa 25 MB.' })
    }
    const fields = Object.fromEntries(
      ['name', 'contact', 'place', 'title', 'story', 'text', 'link'].map((name) => [name, form.get(name) ?? '']),
    )
    const body = new FormData()
    body.append(
      '_payload',
      JSON.stringify({
        ...fields,
        consentRules: form.get('consentRules') === 'on',
        consentPublication: form.get('consentPublication') === 'on',
      }),
    )
    for (const photo of photos) body.append('photos', photo, photo.name)
    setResult({ state: 'sending' })
    try {
      const response = await fetch(`/api/contests/${encodeURIComponent(slug)}/entries`, { method: 'POST', body })
      const answer = (await response.json().catch(() => ({}))) as {
        number?: number
        code?: string
        errors?: { message: string }[]
      }
      if (response.status === 201 && answer.code) {
        setResult({ state: 'done', number: answer.number ?? 0, code: answer.code })
      } else {
        setResult({ state: 'failed', message: answer.errors?.[0]?.message ?? 'Chưa gửi được bài, vui lòng thử lại.' })
      }
    } catch {
      setResult({ state: 'failed', message: 'Mất kết nối, vui lòng thử lại.' })
    }
  }

  if (result.state === 'done') {
    return (
      <div className="fp-card ct-done" role="status">
        <h2>Đã nhận bài dự thi số {result.number}</h2>
        <p>Mã xác nhận của bạn:</p>
        <p className="ct-code" data-testid="confirmation-code">
          {result.code}
        </p>
        <p>Hãy lưu lại mã này. Bài sẽ hiện trong thư viện sau khi Ban Tổ chức duyệt.</p>
      </div>
    )
  }

  return (
    <form className="fp-card ct-form" onSubmit={(event) => void send(event)} noValidate>
      <h2>Gửi bài dự thi</h2>
      {membersOnly && (
        <p className="ct-note">Cuộc thi dành cho cán bộ, đảng viên: dùng số điện thoại hoặc email đã đăng ký.</p>
      )}
      <label>
        Họ và tên
        <input name="name" autoComplete="name" required maxLength={120} />
      </label>
      <label>
        Số điện thoại hoặc email
        <input name="contact" autoComplete="tel" inputMode="email" required maxLength={200} />
      </label>
      <label>
        Đơn vị / xã, phường
        <input name="place" maxLength={160} />
      </label>
      <label>
        Tên tác phẩm
        <input name="title" required maxLength={200} />
      </label>
      <label>
        Câu chuyện, thuyết minh ngắn
        <textarea name="story" rows={3} maxLength={2000} />
      </label>
      {withPhotos && (
        <label>
          Ảnh (tối đa {maxPhotos} ảnh, mỗi ảnh ≤ 25 MB)
          <input name="photos" type="file" accept="image/jpeg,image/png,image/webp" multiple={maxPhotos > 1} required />
        </label>
      )}
      {kind === 'writing' && (
        <label>
          Bài viết{maxWords ? ` (tối đa ${maxWords} chữ)` : ''}
          <textarea name="text" rows={10} required />
        </label>
      )}
      {kind === 'video_link' && (
        <label>
          Đường dẫn video (YouTube, Facebook, TikTok)
          <input name="link" type="url" inputMode="url" required placeholder="https://" />
        </label>
      )}
      <label className="ct-check">
        <input name="consentRules" type="checkbox" required /> Tôi đã đọc và đồng ý với thể lệ cuộc thi.
      </label>
      <label className="ct-check">
        <input name="consentPublication" type="checkbox" required /> Tôi đồng ý để Ban Tổ chức đăng tác phẩm.
      </label>
      {result.state === 'failed' && (
        <p className="ct-error" role="alert">
          {result.message}
        </p>
      )}
      <button className="fp-button" type="submit" disabled={result.state === 'sending'}>
        {result.state === 'sending' ? 'Đang gửi…' : 'Gửi bài'}
      </button>
    </form>
  )
}
