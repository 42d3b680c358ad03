'use client'
import { useFormFields } from '@payloadcms/ui'

import { idOf } from '../format'
import type { Id } from '../../workflow/roles'
import { PhotoList } from './PhotoList'

/** The story's photo ids as the form holds them now (saved or just added). */
export const useStoryPhotoIds = (): Id[] => {
  const value = useFormFields(([fields]) => fields.photos?.value)
  return Array.isArray(value) ? value.map(idOf).filter((id): id is Id => id !== null) : []
}

/** Under the photos field: each photo as it will go out, picture, caption and credit. */
export const StoryPhotos = () => <PhotoList ids={useStoryPhotoIds()} />
