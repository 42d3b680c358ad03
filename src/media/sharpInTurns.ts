import type { SharpDependency } from 'payload'
import sharp, { type Sharp } from 'sharp'

import { imageTurns } from './imageTurns'

type ToBuffer = (options?: unknown) => unknown

/** Makes a pipeline's output wait for an image turn, and its clones' (Payload clones one per size). */
const inTurns = (pipeline: Sharp): Sharp => {
  const toBuffer = pipeline.toBuffer.bind(pipeline) as ToBuffer
  const clone = pipeline.clone.bind(pipeline)
  Object.assign(pipeline, {
    // The callback form (which Payload does not use) cannot be awaited: it runs as it is.
    toBuffer: (options?: unknown) =>
      typeof options === 'function' ? toBuffer(options) : imageTurns.run(async () => toBuffer(options)),
    clone: () => inTurns(clone()),
  })
  return pipeline
}

/**
 * sharp as Payload gets it (`config.sharp`): the sizes it makes of every photo take the same image
 * turns as cleaning the upload (`cleanUploadedImage`), so that however many photos arrive at once,
 * only that many images are being decoded in the process (docs/BENCHMARKS.md, photos). Reading a
 * header (`metadata()`) needs no turn.
 */
export const sharpInTurns: SharpDependency = (input, options) => inTurns(sharp(input, options))
