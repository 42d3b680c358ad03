'use client'
import type { Id } from '../../workflow/roles'
import { useNewsroomTranslation } from '../i18n'
import { usePhotos } from './usePhotos'
import './PhotoList.scss'

/**
 * The story's photos as reviewers judge them: the picture, its caption and its credit, in posting
 * order. `compact` is the workflow panel's narrow column; otherwise a grid under the photos field.
 */
export const PhotoList = ({ ids, compact = false }: { ids: readonly Id[]; compact?: boolean }) => {
  const { t } = useNewsroomTranslation()
  const { photos, loading, failed } = usePhotos(ids)
  if (ids.length === 0) return null
  return (
    <div className={`newsroom-photos${compact ? ' newsroom-photos--compact' : ''}`}>
      <div className="newsroom-photos__heading">{t('newsroom:photosTitle', { count: ids.length })}</div>
      {failed ? <p className="newsroom-photos__note">{t('newsroom:photosLoadFailed')}</p> : null}
      <ol className="newsroom-photos__list">
        {photos.map(({ id, doc }, index) => {
          const src = doc?.thumbnailURL || doc?.url
          return (
            <li className="newsroom-photos__item" data-photo={String(id)} key={String(id)}>
              <span className="newsroom-photos__frame">
                {src ? <img alt={doc?.caption ?? ''} loading="lazy" src={src} /> : <span>{index + 1}</span>}
              </span>
              <span className="newsroom-photos__text">
                {doc ? (
                  <>
                    <span className="newsroom-photos__caption">{doc.caption}</span>
                    <span className="newsroom-photos__credit">
                      {t('newsroom:photoCredit', { credit: doc.credit ?? '' })}
                    </span>
                  </>
                ) : (
                  <span className="newsroom-photos__note">
                    {loading ? t('newsroom:loading') : t('newsroom:photoHidden', { number: index + 1 })}
                  </span>
                )}
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
