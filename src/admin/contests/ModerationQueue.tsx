'use client'

import { useCallback, useEffect, useRef, useState } from 'react'

import { ENTRY_STAGE_LABELS } from '../../contests/labels'
import { apiRequest } from '../request'
import { QUEUE_LABELS, type QueueLabel } from './labels'
import type { QueueEntry } from './queue'

/**
 * The moderation queue of one contest: each entry with its photos and duplicate flags; approve, or
 * reject with a reason; tick several and approve them together. Keyboard: j/k move, a approve,
 * r reject, x select.
 */
export const ModerationQueue = ({ entries: initial, language }: { entries: QueueEntry[]; language: 'vi' | 'en' }) => {
  const say = (label: QueueLabel) => QUEUE_LABELS[label][language] as string
  const [entries, setEntries] = useState(initial)
  const [current, setCurrent] = useState(0)
  const [selected, setSelected] = useState<Set<string>>(new Set())
  const [rejecting, setRejecting] = useState<string | null>(null)
  const [reason, setReason] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const cards = useRef<(HTMLElement | null)[]>([])

  const act = useCallback(
    async (id: string, action: 'approve' | 'reject', why?: string) => {
      const answer = await apiRequest<{ stage: QueueEntry['stage']; rejectionReason?: string }>(
        `/api/contest-entries/${encodeURIComponent(id)}/transition`,
        { method: 'POST', language, body: { action, ...(why ? { reason: why } : {}) } },
      )
      if (!answer.ok) {
        setMessage(answer.message)
        return false
      }
      setMessage(null)
      setEntries((all) =>
        all.map((entry) =>
          entry.id === id
            ? {
                ...entry,
                stage: answer.body.stage,
                stageLabel: ENTRY_STAGE_LABELS[answer.body.stage][language],
                rejectionReason: answer.body.rejectionReason ?? null,
              }
            : entry,
        ),
      )
      return true
    },
    [language],
  )

  const approveSelected = async () => {
    for (const id of selected) await act(id, 'approve')
    setSelected(new Set())
  }

  const toggle = (id: string) =>
    setSelected((now) => {
      const next = new Set(now)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement
      if (rejecting || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || event.metaKey || event.ctrlKey)
        return
      const entry = entries[current]
      if (event.key === 'j') setCurrent((n) => Math.min(n + 1, entries.length - 1))
      else if (event.key === 'k') setCurrent((n) => Math.max(n - 1, 0))
      else if (event.key === 'a' && entry) void act(entry.id, 'approve')
      else if (event.key === 'r' && entry) setRejecting(entry.id)
      else if (event.key === 'x' && entry) toggle(entry.id)
      else return
      event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [act, current, entries, rejecting])

  useEffect(() => {
    cards.current[current]?.focus()
  }, [current])

  if (entries.length === 0) return <p>{say('empty')}</p>
  return (
    <div className="moderation">
      <p className="moderation__keys">{say('keys')}</p>
      {selected.size > 0 && (
        <button className="btn btn--style-primary btn--size-small" type="button" onClick={() => void approveSelected()}>
          {say('approveSelected')} ({selected.size})
        </button>
      )}
      {message && (
        <p className="moderation__error" role="alert">
          {message}
        </p>
      )}
      <ol className="moderation__list">
        {entries.map((entry, index) => (
          <li key={entry.id}>
            <article
              aria-current={index === current}
              className={`moderation__entry moderation__entry--${entry.stage}`}
              data-entry={entry.number}
              onClick={() => setCurrent(index)}
              ref={(node) => {
                cards.current[index] = node
              }}
              tabIndex={-1}
            >
              <header className="moderation__head">
                <label>
                  <input checked={selected.has(entry.id)} onChange={() => toggle(entry.id)} type="checkbox" />{' '}
                  <span className="moderation__number">#{entry.number}</span>
                </label>
                <strong>{entry.title}</strong>
                <span className="moderation__stage">{entry.stageLabel}</span>
              </header>
              <p className="moderation__author">
                {entry.author}
                {entry.place ? ` · ${entry.place}` : ''}
              </p>
              {entry.duplicates.length > 0 && (
                <p className="moderation__duplicate">
                  {say('duplicate')} {entry.duplicates.map((n) => `#${n}`).join(', ')}
                </p>
              )}
              <div className="moderation__photos">
                {entry.photos.map((src) => (
                  <img alt={entry.title} key={src} loading="lazy" src={src} />
                ))}
              </div>
              {entry.story && <p>{entry.story}</p>}
              {entry.text && <p className="moderation__text">{entry.text}</p>}
              {entry.link && (
                <a href={entry.link} rel="noopener noreferrer" target="_blank">
                  {say('video')}
                </a>
              )}
              {entry.rejectionReason && entry.stage === 'rejected' && <p>{entry.rejectionReason}</p>}
              {rejecting === entry.id ? (
                <form
                  className="moderation__reject"
                  onSubmit={(event) => {
                    event.preventDefault()
                    void act(entry.id, 'reject', reason).then((ok) => {
                      if (ok) {
                        setRejecting(null)
                        setReason('')
                      }
                    })
                  }}
                >
                  <label>
                    {say('reason')}
                    <input autoFocus onChange={(event) => setReason(event.target.value)} required value={reason} />
                  </label>
                  <button className="btn btn--style-primary btn--size-small" type="submit">
                    {say('confirmReject')}
                  </button>
                  <button
                    className="btn btn--style-secondary btn--size-small"
                    onClick={() => setRejecting(null)}
                    type="button"
                  >
                    {say('cancel')}
                  </button>
                </form>
              ) : (
                <div className="moderation__actions">
                  {(entry.stage === 'submitted' || entry.stage === 'rejected') && (
                    <button
                      className="btn btn--style-primary btn--size-small"
                      onClick={() => void act(entry.id, 'approve')}
                      type="button"
                    >
                      {say('approve')}
                    </button>
                  )}
                  {(entry.stage === 'submitted' || entry.stage === 'approved') && (
                    <button
                      className="btn btn--style-secondary btn--size-small"
                      onClick={() => setRejecting(entry.id)}
                      type="button"
                    >
                      {say('reject')}
                    </button>
                  )}
                </div>
              )}
            </article>
          </li>
        ))}
      </ol>
    </div>
  )
}
