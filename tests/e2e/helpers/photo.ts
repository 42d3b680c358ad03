import sharp from 'sharp'

/** A small real JPEG (a two-colour field, 800 × 600), as a phone would send one. */
export const samplePhoto = async (name = 'ra-quan-lam-duong.jpg') => {
  const [width, height, channels] = [800, 600, 3] as const
  const pixels = Buffer.alloc(width * height * channels)
  for (let offset = 0; offset < pixels.length; offset += channels) {
    const left = (offset / channels) % width < width / 2
    pixels[offset] = left ? 196 : 32
    pixels[offset + 1] = left ? 30 : 120
    pixels[offset + 2] = left ? 36 : 200
  }
  const buffer = await sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 80 }).toBuffer()
  return { name, mimeType: 'image/jpeg', buffer }
}
