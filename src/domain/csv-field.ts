/**
 * One CSV field (RFC 4180), the one rule for every CSV file the desk writes (the status report,
 * the import's errors file): quoted when it holds a comma, quote or line break. A field that a
 * spreadsheet would run as a formula (starting with = + - @, a tab or a carriage return) gets a
 * leading apostrophe, which spreadsheets show as "text follows" and do not display.
 *
 * @example
 * csvField('=HYPERLINK("x")') // → "'=HYPERLINK(""x"")"
 */
export function csvField(value: string | number | boolean | null): string {
  let s = value === null ? '' : String(value)
  if (FORMULA.test(s)) s = `'${s}`
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s
}

const FORMULA = /^[=+\-@\t\r]/
const NEUTRALISED = /^'[=+\-@\t\r]/

/**
 * A CSV cell read back: the apostrophe `csvField` put before a formula character is taken off
 * again, so that an errors file imported once fixed gives the values of the original file
 * (`'+86 21 5555 0100` → `+86 21 5555 0100`).
 */
export function fromCsvField(cell: string): string {
  return cell.charCodeAt(0) === 39 && NEUTRALISED.test(cell) ? cell.slice(1) : cell
}
