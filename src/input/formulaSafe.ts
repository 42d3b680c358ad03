/**
 * Spreadsheet cells as data, never code: text starting with `=`, `+`, `-`, `@`, a tab or a carriage
 * return gets a leading apostrophe (OWASP's advice against formula injection), and reading a file
 * we wrote takes it off again.
 */
export const neutraliseCell = (value: string): string => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value)

export const restoreCell = (value: string): string => value.replace(/^'(?=[=+\-@\t\r])/, '')
