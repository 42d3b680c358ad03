/** A Facebook post leads with the title: this many characters read comfortably above the fold. */
export const MAX_TITLE_LENGTH = 250

/**
 * Invisible characters that change what a reader sees without showing themselves: bidi embeddings
 * and overrides (U+202A–U+202E), bidi isolates (U+2066–U+2069), zero-width space, non-joiner and
 * joiner (U+200B–U+200D), word joiner (U+2060) and the byte-order mark (U+FEFF).
 */
const HIDDEN_CHARACTERS = /[\u202A-\u202E\u2066-\u2069\u200B-\u200D\u2060\uFEFF]/u

export type TitleProblem = 'title_hidden_characters' | 'title_too_long'

/** What is wrong with a title, if anything (its length counted in characters as people see them, NFC). */
export const titleProblem = (title: string): TitleProblem | null => {
  if (HIDDEN_CHARACTERS.test(title)) return 'title_hidden_characters'
  if ([...title.normalize('NFC')].length > MAX_TITLE_LENGTH) return 'title_too_long'
  return null
}
