'use client'
import { idOf } from '../format'
import { useUserNames } from '../workflow/useUserNames'
import type { Id } from '../../workflow/roles'

/** A relation to a user as the item carries it: populated when this user may read that account. */
const populatedName = (value: unknown): string | null => {
  const name = value && typeof value === 'object' && 'name' in value ? (value as { name?: unknown }).name : null
  return typeof name === 'string' && name !== '' ? name : null
}

/** Display names for the item's people; null where this user may not see who it was. */
export const usePeople = (apiRoute: string, relations: readonly unknown[]) => {
  const ids = relations
    .filter((value) => populatedName(value) === null)
    .map(idOf)
    .filter((id): id is Id => id !== null)
  const nameOf = useUserNames(apiRoute, ids)
  return (value: unknown): string | null => {
    const populated = populatedName(value)
    if (populated) return populated
    const id = idOf(value)
    return id === null ? null : nameOf(id).name
  }
}
