// The one rendering of a post: title, body, the official sources of a rebuttal, hashtags and photo
// credits, in that order. The Facebook message and the local feed are both made of it, so a reader of
// the feed reads exactly what the page received (the feed only adds paragraphs and links).
import type { ApprovedContent } from './approved/content'
import { lexicalToPlainText, postSections, type PostSections } from './message'

/** A rebuttal carries the official sources that prove the claim false, after its text. */
const bodyWithSources = (body: unknown, sources: ApprovedContent['officialSources']) => {
  const lines = sources.map((source) => `• ${source.title ? `${source.title}: ` : ''}${source.url}`)
  const text = lexicalToPlainText(body)
  return lines.length > 0 ? [text, `Nguồn chính thức:\n${lines.join('\n')}`].filter(Boolean).join('\n\n') : text
}

const creditLine = (photos: ApprovedContent['photos']) => {
  const credits = [...new Set(photos.map((photo) => photo.credit.trim()).filter(Boolean))]
  return credits.length > 0 ? `Ảnh: ${credits.join(', ')}` : null
}

export const postText = (content: ApprovedContent): PostSections =>
  postSections({
    title: content.title,
    body: bodyWithSources(content.body, content.format === 'rebuttal' ? content.officialSources : []),
    hashtags: content.hashtags,
    // A shared story names its source page and author after the photo credits.
    credit: [creditLine(content.photos), content.source?.trim()].filter(Boolean).join('\n'),
  })
