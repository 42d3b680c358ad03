import { getTranslation } from '@payloadcms/translations'
import {
  addDataAndFileToRequest,
  addLocalesToRequestFromData,
  commitTransaction,
  createOperation,
  type Endpoint,
  headersWithCors,
  killTransaction,
  parseParams,
} from 'payload'

import { LATE_TRANSACTION } from '../../hooks/media/beginTransactionLate'
import { operationAccess } from '../../hooks/media/operationAccess'
import { cleanUploadedImage } from '../media/cleanUploadedImage'

/**
 * `POST /api/media`, in place of Payload's own create and answering like it, with one difference:
 * no database transaction is open while the photo is worked on. Payload's create begins one first;
 * on SQLite a transaction holds the process's one write turn, so a photo decoded inside it held up
 * every other write of the newsroom for as long as the image work took (seconds for a 12 MP photo),
 * and ten at once timed out (docs/BENCHMARKS.md, photos). Here the photo is checked and cleaned
 * (`cleanUploadedImage`) before the create, the create runs without Payload's transaction while it
 * makes the sizes, and its transaction begins just before validation and the write
 * (`hooks/media/beginTransactionLate.ts`), committed here.
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
    req.context[LATE_TRANSACTION] = true
    let doc
    try {
      doc = await createOperation({
        autosave,
        collection,
        data: req.data ?? {},
        depth,
        disableTransaction: true,
        draft,
        populate,
        publishAllLocales,
        publishSpecificLocale: req.query.publishSpecificLocale as string | undefined,
        req,
        select,
      })
      await commitTransaction(req)
    } catch (error) {
      await killTransaction(req)
      throw error
    }
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
