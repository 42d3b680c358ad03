'use client'
import { ReactSelect } from '@payloadcms/ui'

import type { RosterPerson } from '../../roster/people'
import type { RosterCell as Cell } from '../../roster/weekData'
import { type Id, sameId } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'

interface Props {
  cell: Cell
  /** "06:00–12:00": with the slot's name, the cell's own heading where the table's is hidden (phones). */
  slotTime: string
  me: Id
  /** Present for the board: who may be added. Absent: the cell is read-only. */
  candidates?: readonly RosterPerson[]
  busy: boolean
  onChange?: (members: Id[]) => void
  onNow: boolean
  past: boolean
}

export const RosterCell = ({ cell, slotTime, me, candidates, busy, onChange, onNow, past }: Props) => {
  const { t } = useNewsroomTranslation()
  const mine = cell.members.some((member) => sameId(member.id, me))
  const ids = cell.members.map((member) => member.id)
  const addable = (candidates ?? []).filter((person) => !ids.some((id) => sameId(id, person.id)))
  const classes = [
    'newsroom-roster__cell',
    cell.gap ? 'newsroom-roster__cell--gap' : '',
    mine ? 'newsroom-roster__cell--mine' : '',
    onNow ? 'newsroom-roster__cell--now' : '',
    past ? 'newsroom-roster__cell--past' : '',
  ]

  return (
    <td className={classes.filter(Boolean).join(' ')} data-day={cell.day} data-slot={cell.slot} data-gap={cell.gap}>
      <span className="newsroom-roster__cell-slot">
        <strong>{cell.slot}</strong> {slotTime}
      </span>
      {onNow ? <span className="newsroom-roster__now">{t('newsroom:roster_onNow')}</span> : null}
      {cell.members.length > 0 ? (
        <ul className="newsroom-roster__members">
          {cell.members.map((member) => (
            <li
              className={`newsroom-roster__member${member.onDuty ? '' : ' newsroom-roster__member--former'}${
                sameId(member.id, me) ? ' newsroom-roster__member--me' : ''
              }`}
              key={String(member.id)}
              title={member.onDuty ? undefined : t('newsroom:roster_formerDuty')}
            >
              <span>{member.name}</span>
              {onChange ? (
                <button
                  aria-label={t('newsroom:roster_removeMember', { name: member.name })}
                  className="newsroom-roster__remove"
                  disabled={busy}
                  onClick={() => onChange(ids.filter((id) => !sameId(id, member.id)))}
                  title={t('newsroom:roster_removeMember', { name: member.name })}
                  type="button"
                >
                  ×
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {cell.gap ? <span className="newsroom-roster__gap">{t('newsroom:roster_gap')}</span> : null}
      {onChange && candidates && candidates.length > 0 ? (
        <div className="newsroom-roster__add">
          <ReactSelect
            // Remounted after each change, so the picker is empty again for the next name.
            key={ids.join(',')}
            disabled={busy || addable.length === 0}
            isClearable={false}
            noOptionsMessage={() => t('newsroom:roster_noCandidates')}
            onChange={(option) => {
              const chosen = Array.isArray(option) ? option[0] : option
              const person = addable.find((candidate) => sameId(candidate.id, chosen?.value as Id))
              if (person) onChange([...ids, person.id])
            }}
            options={addable.map((person) => ({ label: person.name, value: person.id }))}
            placeholder={addable.length === 0 ? t('newsroom:roster_noCandidates') : t('newsroom:roster_addMember')}
          />
        </div>
      ) : null}
    </td>
  )
}
