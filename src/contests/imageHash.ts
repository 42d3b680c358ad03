import sharp from 'sharp'

import { imageTurns } from '../media/imageTurns'

/**
 * A perceptual hash of a photo (dHash, 64 bits as 16 hex digits): the photo shrunk to 9×8 grey
 * pixels, one bit per pair of neighbours (is the left one brighter?). The same photo re-saved,
 * resized or lightly recompressed keeps its hash, so two entries sending it are caught.
 */
export const imageHash = async (bytes: Buffer): Promise<string> => {
  const pixels = await imageTurns.run(() =>
    sharp(bytes).rotate().greyscale().resize(9, 8, { fit: 'fill' }).raw().toBuffer(),
  )
  let bits = 0n
  for (let row = 0; row < 8; row += 1) {
    for (let col = 0; col < 8; col += 1) {
      bits = (bits << 1n) | (pixels[row * 9 + col]! > pixels[row * 9 + col + 1]! ? 1n : 0n)
    }
  }
  return bits.toString(16).padStart(16, '0')
}
