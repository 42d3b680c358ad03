/**
 * The stories that use a photo, by the story field that uses it. Each is a join field on media:
 * Payload derives it from the stories at query time, so nothing is copied and nothing can drift
 * (a story completed by the delivery engine's direct update is seen as published at once).
 */
export const MEDIA_USES = { usedAsPhotoIn: 'photos', usedAsScreenshotIn: 'falseClaim.screenshot' } as const
