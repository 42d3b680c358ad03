'use client'
import { toast, useDocumentInfo, useField, useFormFields, useFormModified, useModal } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { SelectFieldClientComponent } from 'payload'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'

import { ACTION_LABELS, STAGE_LABELS } from '../workflow/labels'
import type { Id } from '../workflow/roles'
import { isFrozen, isStage } from '../workflow/stages'
import type { Action } from '../workflow/transitions'
import { StageBadge } from './StageBadge'
import { UrgentRebuttal } from './dashboard/UrgentRebuttal'
import { idOf } from './format'
import { useNewsroomTranslation } from './i18n'
import { NextStep } from './publications/NextStep'
import { ActionButtons } from './workflow/ActionButtons'
import { ActionDialog, DIALOG_KIND, DIALOG_SLUG } from './workflow/ActionDialog'
import { HistoryList } from './workflow/HistoryList'
import { PostLinks } from './workflow/PostLinks'
import { StoryFigures } from './insights/StoryFigures'
import { PhotoList } from './photos/PhotoList'
import { useStoryPhotoIds } from './photos/StoryPhotos'
import { SharePanel } from './sharing/SharePanel'
import { type TransitionInput, postTransition } from './workflow/api'
import { useWorkflow } from './workflow/useWorkflow'
import './WorkflowPanel.scss'

/**
 * The story's place in the editorial workflow, in the edit view's sidebar: stage, the actions this
 * user may take now, and who did what. Replaces the read-only `stage` select.
 */
export const WorkflowPanel: SelectFieldClientComponent = ({ path }) => {
  const { t, pick, language } = useNewsroomTranslation()
  const router = useRouter()
  const { openModal } = useModal()
  const { id, lastUpdateTime } = useDocumentInfo()
  const { value: formStage } = useField<string>({ path })
  const modified = useFormModified()
  const channelsValue = useFormFields(([fields]) => fields.channels?.value)
  const urgent = useFormFields(([fields]) => fields.urgent?.value) === true
  const submittedAt = useFormFields(([fields]) => fields.submittedAt?.value)
  const photoIds = useStoryPhotoIds()
  const { state, failed, reload, apiRoute } = useWorkflow(id, language, `${lastUpdateTime}|${formStage}`)
  const [pending, setPending] = useState<Action | null>(null)
  const [dialogAction, setDialogAction] = useState<Action | null>(null)
  const [opening, setOpening] = useState(0)
  const [refusal, setRefusal] = useState<string | null>(null)
  const refreshedFor = useRef<unknown>(null)

  const refreshForm = useCallback(
    (stage: unknown) => {
      refreshedFor.current = stage
      // The server page renders the form and the field permissions: refreshing it shows the new stage
      // and makes frozen content read-only.
      router.refresh()
    },
    [router],
  )

  // Someone else moved the story on (a refusal says so, or a save revealed it): the form is stale, and
  // saving it would be refused. Unsaved edits are left alone.
  useEffect(() => {
    if (!state || formStage == null || modified) return
    if (state.stage !== formStage && refreshedFor.current !== state.stage) refreshForm(state.stage)
  }, [state, formStage, modified, refreshForm])

  const storyChannels = useMemo(
    () =>
      Array.isArray(channelsValue) ? channelsValue.map(idOf).filter((channel): channel is Id => channel !== null) : [],
    [channelsValue],
  )

  const send = useCallback(
    async (input: TransitionInput): Promise<string | null> => {
      if (id == null) return null
      setPending(input.action)
      try {
        const result = await postTransition(apiRoute, id, input, language)
        if (!result.ok) {
          reload()
          return result.message ?? t('newsroom:networkError')
        }
        const to = result.body.stage
        toast.success(
          t('newsroom:transitionDone', {
            action: pick(ACTION_LABELS[input.action]),
            stage: isStage(to) ? pick(STAGE_LABELS[to]) : String(to),
          }),
        )
        refreshForm(to)
        reload()
        return null
      } catch {
        return t('newsroom:networkError')
      } finally {
        setPending(null)
      }
    },
    [apiRoute, id, language, pick, refreshForm, reload, t],
  )

  const select = (action: Action) => {
    setRefusal(null)
    if (DIALOG_KIND[action]) {
      setDialogAction(action)
      setOpening((count) => count + 1)
      openModal(DIALOG_SLUG)
      return
    }
    void send({ action }).then(setRefusal)
  }

  const stage = state?.stage ?? formStage
  // Right after approval the board's next step is publishing: it gets its own large button.
  const offerPublish = state?.stage === 'approved' && state.actions.includes('publish_now')
  const otherActions = offerPublish
    ? state.actions.filter((action) => action !== 'publish_now')
    : (state?.actions ?? [])
  return (
    <div className="field-type newsroom-workflow" data-stage={stage ?? ''}>
      <div className="newsroom-workflow__heading">{t('newsroom:stage')}</div>
      <div className="newsroom-workflow__stage">
        <StageBadge stage={stage ?? 'draft'} />
      </div>
      {urgent ? <UrgentRebuttal stage={isStage(stage) ? stage : undefined} submittedAt={submittedAt} /> : null}
      {id == null ? (
        <p className="newsroom-workflow__hint">{t('newsroom:saveFirst')}</p>
      ) : (
        <>
          {isStage(stage) && isFrozen(stage) ? <p className="newsroom-workflow__hint">{t('newsroom:frozen')}</p> : null}
          {failed ? (
            <p className="newsroom-workflow__error" role="alert">
              {t('newsroom:loadFailed')}
            </p>
          ) : null}
          {state ? (
            <>
              <PostLinks posts={state.posts ?? []} />
              {state.stage === 'published' ? <StoryFigures apiRoute={apiRoute} id={id} /> : null}
              {offerPublish ? <NextStep disabled={pending !== null || modified} onSelect={select} /> : null}
              {otherActions.length > 0 ? (
                <ActionButtons actions={otherActions} disabled={pending !== null || modified} onSelect={select} />
              ) : offerPublish ? null : (
                <p className="newsroom-workflow__hint">{t('newsroom:noActions')}</p>
              )}
              {modified && state.actions.length > 0 ? (
                <p className="newsroom-workflow__hint">{t('newsroom:saveChangesFirst')}</p>
              ) : null}
              {pending && !dialogAction ? <p className="newsroom-workflow__hint">{t('newsroom:working')}</p> : null}
              {refusal ? (
                <p className="newsroom-workflow__error" role="alert">
                  {refusal}
                </p>
              ) : null}
              <SharePanel
                apiRoute={apiRoute}
                disabled={pending !== null || modified}
                id={id}
                onChanged={() => {
                  refreshForm(null)
                  reload()
                }}
                refreshKey={`${lastUpdateTime}|${formStage}|${state.history.length}`}
              />
              <PhotoList compact ids={photoIds} />
              <HistoryList apiRoute={apiRoute} history={state.history} />
            </>
          ) : failed ? null : (
            <p className="newsroom-workflow__hint">{t('newsroom:loading')}</p>
          )}
          <ActionDialog
            action={dialogAction}
            apiRoute={apiRoute}
            onClose={() => setDialogAction(null)}
            onSubmit={send}
            opening={opening}
            storyChannels={storyChannels}
          />
        </>
      )}
    </div>
  )
}
