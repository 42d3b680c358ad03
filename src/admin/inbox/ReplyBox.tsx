'use client'
import { Button } from '@payloadcms/ui'
import { useId, useState } from 'react'

import { useNewsroomTranslation } from '../i18n'

interface Props {
  kind: 'comment' | 'message'
  disabled: boolean
  /** Resolves to the server's refusal, or null once the reply is on Facebook. */
  onSend: (text: string) => Promise<string | null>
}

/** "Trả lời": the text goes to Facebook through the reply endpoint; a refusal is shown as written. */
export const ReplyBox = ({ kind, disabled, onSend }: Props) => {
  const { t } = useNewsroomTranslation()
  const fieldId = useId()
  const [text, setText] = useState('')
  const [sending, setSending] = useState(false)
  const [refusal, setRefusal] = useState<string | null>(null)

  const send = async () => {
    if (sending || text.trim() === '') return
    setSending(true)
    setRefusal(null)
    const problem = await onSend(text.trim())
    setSending(false)
    if (problem) setRefusal(problem)
    else setText('')
  }

  return (
    <div className="newsroom-inbox__reply-box">
      <label className="newsroom-dialog__field" htmlFor={`${fieldId}-reply`}>
        <span>{t('newsroom:inbox_replyLabel')}</span>
        <textarea
          disabled={disabled || sending}
          id={`${fieldId}-reply`}
          maxLength={kind === 'message' ? 2000 : 8000}
          name="reply"
          onChange={(event) => setText(event.target.value)}
          placeholder={t('newsroom:inbox_replyPlaceholder')}
          rows={4}
          value={text}
        />
      </label>
      {kind === 'message' ? <p className="newsroom-inbox__hint">{t('newsroom:inbox_messengerHint')}</p> : null}
      {refusal ? (
        <p className="newsroom-workflow__error" role="alert">
          {refusal}
        </p>
      ) : null}
      <div>
        <Button
          buttonStyle="primary"
          className="newsroom-inbox__send"
          disabled={disabled || sending || text.trim() === ''}
          margin={false}
          onClick={() => void send()}
          size="medium"
          type="button"
        >
          {sending ? t('newsroom:working') : t('newsroom:inbox_reply')}
        </Button>
      </div>
    </div>
  )
}
