import zlib from 'node:zlib'

import sharp from 'sharp'

/** Strings planted in the fixtures' metadata: finding any of them in a stored file means metadata leaked. */
export const METADATA_MARKERS = {
  make: 'NewsroomLeakCam',
  description: 'NEWSROOM-EXIF-DESCRIPTION',
  gpsDatum: 'NEWSROOM-GPS-DATUM',
  xmp: 'NEWSROOM-XMP-LOCATION',
} as const

/** Where the fixtures claim to have been taken (Phú Riềng, Bình Phước). */
export const FIXTURE_LOCATION = { latitude: [11, 44, 5], longitude: [106, 57, 12] } as const

/**
 * A photo with content that survives JPEG compression in a recognisable way: the left half is red and
 * the right half blue, so a rotation shows up as the colours moving, not only as swapped dimensions.
 */
const splitImage = (width: number, height: number) => {
  const channels = 3
  const pixels = Buffer.alloc(width * height * channels)
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const offset = (y * width + x) * channels
      if (x < width / 2) pixels[offset] = 220
      else pixels[offset + 2] = 220
    }
  }
  return sharp(pixels, { raw: { width, height, channels } })
}

export type Format = 'jpeg' | 'png' | 'webp'

export const MIME_TYPES: Record<Format, string> = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/** A plain image of the given size and format, without metadata. */
export const plainImage = (width: number, height: number, format: Format = 'jpeg'): Promise<Buffer> =>
  splitImage(width, height).toFormat(format).toBuffer()

const xmpPacket = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" xmlns:Iptc4xmpCore="http://iptc.org/std/Iptc4xmpCore/1.0/xmlns/"
 exif:GPSLatitude="11,44.08N" exif:GPSLongitude="106,57.2E" Iptc4xmpCore:Location="${METADATA_MARKERS.xmp}"/>
</rdf:RDF></x:xmpmeta><?xpacket end="w"?>`

/**
 * A camera-like JPEG: EXIF with make/description, a GPS IFD with latitude/longitude and a datum
 * marker, XMP with the location again, and optionally an EXIF orientation.
 */
export const geotaggedJpeg = async ({
  width = 640,
  height = 480,
  orientation,
}: { width?: number; height?: number; orientation?: number } = {}) => {
  const [lat, lon] = [FIXTURE_LOCATION.latitude, FIXTURE_LOCATION.longitude]
  let image = splitImage(width, height).withExif({
    IFD0: { Make: METADATA_MARKERS.make, Model: 'GPS-1', ImageDescription: METADATA_MARKERS.description },
    IFD3: {
      GPSLatitudeRef: 'N',
      GPSLatitude: `${lat[0]}/1 ${lat[1]}/1 ${lat[2]}/1`,
      GPSLongitudeRef: 'E',
      GPSLongitude: `${lon[0]}/1 ${lon[1]}/1 ${lon[2]}/1`,
      GPSMapDatum: METADATA_MARKERS.gpsDatum,
    },
  })
  if (orientation) image = image.withMetadata({ orientation })
  return image.withXmp(xmpPacket).jpeg({ quality: 90 }).toBuffer()
}

export type ExifValue = string | number | number[]

export interface ExifTags {
  ifd0: Map<number, ExifValue>
  gps: Map<number, ExifValue> | null
}

export const EXIF_TAG = { make: 0x010f, orientation: 0x0112, gpsPointer: 0x8825 } as const
export const GPS_TAG = { latitudeRef: 1, latitude: 2, longitudeRef: 3, longitude: 4, mapDatum: 0x12 } as const

/**
 * Reads IFD0 and the GPS IFD of the EXIF block sharp reports (`metadata().exif`), enough to prove a
 * fixture really carries a location before it is uploaded. Only ASCII, SHORT, LONG and RATIONAL values.
 */
export const readExif = (exif: Buffer): ExifTags => {
  const tiff = exif.subarray(exif.subarray(0, 6).toString('latin1') === 'Exif\0\0' ? 6 : 0)
  const little = tiff.toString('latin1', 0, 2) === 'II'
  const u16 = (at: number) => (little ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at))
  const u32 = (at: number) => (little ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at))
  const readIfd = (offset: number) => {
    const tags = new Map<number, ExifValue>()
    const count = u16(offset)
    for (let index = 0; index < count; index += 1) {
      const entry = offset + 2 + index * 12
      const [tag, type, n] = [u16(entry), u16(entry + 2), u32(entry + 4)]
      const size = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8 }[type as 1 | 2 | 3 | 4 | 5]
      if (!size) continue
      const at = size * n > 4 ? u32(entry + 8) : entry + 8
      if (type === 2) tags.set(tag, tiff.toString('latin1', at, at + n).replace(/\0+$/, ''))
      else if (type === 3) tags.set(tag, n === 1 ? u16(at) : Array.from({ length: n }, (_, i) => u16(at + 2 * i)))
      else if (type === 4) tags.set(tag, n === 1 ? u32(at) : Array.from({ length: n }, (_, i) => u32(at + 4 * i)))
      else if (type === 5)
        tags.set(
          tag,
          Array.from({ length: n }, (_, i) => u32(at + 8 * i) / u32(at + 8 * i + 4)),
        )
    }
    return tags
  }
  const ifd0 = readIfd(u32(4))
  const gpsOffset = ifd0.get(EXIF_TAG.gpsPointer)
  return { ifd0, gps: typeof gpsOffset === 'number' ? readIfd(gpsOffset) : null }
}

/** Byte strings that must never appear in a stored file derived from `geotaggedJpeg`. */
export const leakedMetadata = (bytes: Buffer): string[] =>
  [...Object.values(METADATA_MARKERS), 'Exif\0\0', 'GPSLatitude', 'http://ns.adobe.com/xap/1.0/'].filter((marker) =>
    bytes.includes(marker, 0, 'latin1'),
  )

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

const crc32 = (bytes: Buffer) => {
  let crc = 0xffffffff
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

const pngChunk = (type: string, data: Buffer) => {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/**
 * A valid, all-black PNG of any dimensions that stays small on the wire: 1-bit greyscale rows of
 * zeros compress about 1000:1. A 20,000 × 20,000 image is ~50 KB but would be 1.2 GB decoded to RGB.
 */
export const hugePng = (width: number, height: number): Buffer => {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 1 // bit depth
  header[9] = 0 // greyscale
  // compression, filter and interlace methods stay 0
  const rowBytes = 1 + Math.ceil(width / 8) // filter byte 0 ("none") + packed pixels, all zero
  const idat = zlib.deflateSync(Buffer.alloc(rowBytes * height), { level: 9 })
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', idat),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

export const SCRIPT_PAYLOAD = '<script>alert(document.cookie)</script>'

/** A real JPEG with an HTML page appended after its end-of-image marker: image viewers show the photo, a browser sniffing HTML runs the script. */
export const jpegWithTrailingHtml = async () =>
  Buffer.concat([await plainImage(320, 240), Buffer.from(`<!doctype html><html><body>${SCRIPT_PAYLOAD}</body></html>`)])

/** A real JPEG carrying the script inside a comment (COM) segment, which decoders skip and naive copies keep. */
export const jpegWithScriptComment = async () => {
  const jpeg = await plainImage(320, 240)
  const comment = Buffer.from(`<html>${SCRIPT_PAYLOAD}</html>`)
  const segment = Buffer.alloc(4)
  segment.writeUInt16BE(0xfffe, 0)
  segment.writeUInt16BE(comment.length + 2, 2)
  // Right after SOI (FF D8), before the JFIF/quantisation segments.
  return Buffer.concat([jpeg.subarray(0, 2), segment, comment, jpeg.subarray(2)])
}

/**
 * GIFAR-style: a JPEG followed by a ZIP archive (ZIP readers look for the directory at the end), here
 * holding an HTML page. Stored (uncompressed) so the script is visible in the bytes.
 */
export const jpegWithZip = async () => {
  const name = Buffer.from('index.html')
  const content = Buffer.from(`<html>${SCRIPT_PAYLOAD}</html>`)
  const crc = crc32(content)
  const local = Buffer.alloc(30)
  local.writeUInt32LE(0x04034b50, 0)
  local.writeUInt16LE(10, 4) // version needed
  local.writeUInt32LE(crc, 14)
  local.writeUInt32LE(content.length, 18)
  local.writeUInt32LE(content.length, 22)
  local.writeUInt16LE(name.length, 26)
  const jpeg = await plainImage(320, 240)
  const localOffset = jpeg.length
  const central = Buffer.alloc(46)
  central.writeUInt32LE(0x02014b50, 0)
  central.writeUInt16LE(20, 4)
  central.writeUInt16LE(10, 6)
  central.writeUInt32LE(crc, 16)
  central.writeUInt32LE(content.length, 20)
  central.writeUInt32LE(content.length, 24)
  central.writeUInt16LE(name.length, 28)
  central.writeUInt32LE(localOffset, 42)
  const centralOffset = localOffset + local.length + name.length + content.length
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(1, 8)
  end.writeUInt16LE(1, 10)
  end.writeUInt32LE(central.length + name.length, 12)
  end.writeUInt32LE(centralOffset, 16)
  return Buffer.concat([jpeg, local, name, content, central, name, end])
}

export const SVG_WITH_SCRIPT = Buffer.from(
  `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="red"/><script>alert(1)</script></svg>`,
)
export const PLAIN_SVG = Buffer.from(
  `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><rect width="100" height="100" fill="red"/></svg>`,
)
export const HTML_PAGE = Buffer.from(
  `<!doctype html><html><head><title>x</title></head><body>${SCRIPT_PAYLOAD}</body></html>`,
)

/** A file that starts like a real JPEG but is padded past the upload limit: valid-looking and cheap to build. */
export const paddedJpeg = async (totalBytes: number) => {
  const jpeg = await plainImage(64, 48)
  return Buffer.concat([jpeg, Buffer.alloc(totalBytes - jpeg.length, 0x20)])
}

/** The mean colour of a region of a decoded image, to tell where the red and the blue halves ended up. */
export const meanColour = async (
  image: Buffer,
  region: { left: number; top: number; width: number; height: number },
) => {
  // stats() describes its input, not the pipeline's output: materialise the region first.
  const stats = await sharp(await sharp(image).extract(region).toBuffer()).stats()
  return { red: stats.channels[0].mean, green: stats.channels[1].mean, blue: stats.channels[2].mean }
}
