/**
 * A code's words from a table, or the code as it is when the desk holds one the table does not
 * know (a value from a file or an older desk).
 *
 * @example
 * const ROLE = named({ clerk: '业务员' })
 * ROLE('clerk') // '业务员'
 * ROLE('auditor') // 'auditor'
 */
export const named =
  (table: Readonly<Record<string, string>>) =>
  (code: string): string =>
    Object.hasOwn(table, code) ? table[code]! : code
