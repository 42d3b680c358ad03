import { getTranslation } from '@payloadcms/translations'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  createOperation,
  type Endpoint,
  headersWithCors,
  parseParams,
} from 'payload'

import { operationAccess } from '../../hooks/media/operationAccess'
import { cleanUploadedImage } from '../media/cleanUploadedImage'

/**
 * `POST /api/media`, in place of Payload's own create and answering like it, with one difference:
 * the photo is checked and cleaned (`cleanUploadedImage`) before Payload's create begins its
 * database transaction, not in a hook inside it. On SQLite a transaction holds the process's one
 * write turn, so a photo decoded inside it held up every other write of the newsroom for as long as
 * the image work took (seconds for a 12 MP photo); ten at once timed out (docs/BENCHMARKS.md, photos).
 * Only the sizes Payload derives from the cleaned file are still made inside it.
 */
export const createMediaEndpoint: Endpoint = {
  path: '/',
  method: 'post',
  handler: async (req) => {
    // What Payload does for its own endpoints before their handler.
    await addDataAndFileToRequest(req)
    addLocalesToRequestFromData(req)
    const collection = req.payload.collections.media!
    // Nothing is decoded for a caller who may not upload: the operation refuses them right after.
    if (req.file && (await operationAccess(collection.config, 'create', req, undefined)) !== false) {
      req.file = await cleanUploadedImage(req, req.file)
    }
    const { autosave, depth, draft, populate, publishAllLocales, select } = parseParams(req.query)
    const doc = await createOperation({
      autosave,
      collection,
      data: req.data ?? {},
      depth,
      draft,
      populate,
      publishAllLocales,
      publishSpecificLocale: req.query.publishSpecificLocale as string | undefined,
      req,
      select,
    })
    return Response.json(
      {
        doc,
        message: req.t('general:successfullyCreated', {
          label: getTranslation(collection.config.labels.singular, req.i18n),
        }),
      },
      { status: 201, headers: headersWithCors({ headers: new Headers(), req }) },
    )
  },
}
