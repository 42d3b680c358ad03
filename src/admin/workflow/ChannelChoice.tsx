'use client'
import { useEffect, useState } from 'react'

import type { Id } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'
import { type ChannelOption, fetchEnabledChannels } from './api'

/** Where the story goes out; starts from the channels saved on the story. */
export const ChannelChoice = ({
  apiRoute,
  selected,
  onChange,
}: {
  apiRoute: string
  selected: readonly Id[]
  onChange: (channels: Id[]) => void
}) => {
  const { t } = useNewsroomTranslation()
  const [options, setOptions] = useState<ChannelOption[] | null>(null)

  useEffect(() => {
    let live = true
    void fetchEnabledChannels(apiRoute).then((channels) => {
      if (live) setOptions(channels)
    })
    return () => {
      live = false
    }
  }, [apiRoute])

  const isChecked = (id: Id) => selected.some((chosen) => String(chosen) === String(id))
  const toggle = (id: Id) =>
    onChange(isChecked(id) ? selected.filter((chosen) => String(chosen) !== String(id)) : [...selected, id])

  return (
    <fieldset className="newsroom-dialog__channels">
      <legend>{t('newsroom:channels')}</legend>
      {options === null ? <p className="newsroom-workflow__hint">{t('newsroom:loading')}</p> : null}
      {options?.length === 0 ? <p className="newsroom-workflow__hint">{t('newsroom:noChannels')}</p> : null}
      {options?.map((channel) => (
        <label className="newsroom-dialog__channel" key={String(channel.id)}>
          <input checked={isChecked(channel.id)} onChange={() => toggle(channel.id)} type="checkbox" />
          <span>{channel.name}</span>
        </label>
      ))}
    </fieldset>
  )
}
