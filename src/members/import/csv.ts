import { neutraliseCell } from '../../input/formulaSafe'

/**
 * A CSV file as a table of strings: UTF-8 with or without a BOM, fields separated by commas or
 * semicolons (whichever the header line uses more, outside quotes), RFC 4180 quoting, CRLF or LF.
 */
export const parseCsv = (text: string): string[][] => {
  const body = text.replace(/^\uFEFF/, '')
  const delimiter = delimiterOf(body)
  const table: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let at = 0; at < body.length; at += 1) {
    const char = body[at]!
    if (quoted) {
      if (char !== '"') field += char
      else if (body[at + 1] === '"') {
        field += '"'
        at += 1
      } else quoted = false
    } else if (char === '"' && field === '') quoted = true
    else if (char === delimiter) {
      row.push(field)
      field = ''
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && body[at + 1] === '\n') at += 1
      row.push(field)
      table.push(row)
      row = []
      field = ''
    } else field += char
  }
  if (field !== '' || row.length > 0) {
    row.push(field)
    table.push(row)
  }
  return table
}

const delimiterOf = (text: string): ',' | ';' => {
  let commas = 0
  let semicolons = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char === ',') commas += 1
    else if (!quoted && char === ';') semicolons += 1
  }
  return semicolons > commas ? ';' : ','
}

const quote = (value: string) => (/[",;\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value)

/** A table as CSV: UTF-8 with a BOM (Excel then reads the diacritics), commas, CRLF, every cell neutralised. */
export const toCsv = (table: readonly (readonly string[])[]): string =>
  `\uFEFF${table.map((row) => row.map((cell) => quote(neutraliseCell(cell))).join(',')).join('\r\n')}\r\n`
