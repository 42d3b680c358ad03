/** The board's promise for a rebuttal of fake news: approved within an hour of its submission. */
export const REBUTTAL_TARGET_MS = 60 * 60_000
