import { Fragment } from 'react'

// Renders a post's plain text as Facebook shows it: blank lines make paragraphs, line breaks stay,
// web addresses become links. Only formatting is added; every character is the message's own, and
// React escapes all of it.

const WEB_ADDRESS = /https?:\/\/[^\s<>"]+/g
// Punctuation right after an address ends the sentence, not the address.
const SENTENCE_END = /[.,;:!?)\]'"»”’]+$/

const Line = ({ line }: { line: string }) => {
  const parts: React.ReactNode[] = []
  let shown = 0
  for (const match of line.matchAll(WEB_ADDRESS)) {
    const url = match[0].replace(SENTENCE_END, '')
    parts.push(
      line.slice(shown, match.index),
      <a key={match.index} href={url} rel="noopener nofollow">
        {url}
      </a>,
    )
    shown = match.index + url.length
  }
  parts.push(line.slice(shown))
  return <>{parts}</>
}

export const PlainText = ({ text }: { text: string }) =>
  text
    .split(/\n{2,}/)
    .filter((paragraph) => paragraph.trim())
    .map((paragraph, index) => (
      <p key={index}>
        {paragraph.split('\n').map((line, lineIndex) => (
          <Fragment key={lineIndex}>
            {lineIndex > 0 && <br />}
            <Line line={line} />
          </Fragment>
        ))}
      </p>
    ))
