/** How a character refused by the rule for text (domain/text-rules.ts) is named: its code point and, for a C0 control, its name. */

const C0_NAMES = ['NUL', 'SOH', 'STX', 'ETX', 'EOT', 'ENQ', 'ACK', 'BEL', 'BS', 'TAB', 'LF', 'VT', 'FF', 'CR', 'SO', 'SI', 'DLE', 'DC1', 'DC2', 'DC3', 'DC4', 'NAK', 'SYN', 'ETB', 'CAN', 'EM', 'SUB', 'ESC', 'FS', 'GS', 'RS', 'US']

/** `U+001B` */
export const codePoint = (code: number): string => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`

/** What sort of control character it is, for the words of each language to name. */
type ControlKind = 'c0' | 'del' | 'c1' | 'embedding' | 'pop' | 'override' | 'isolate'

function controlKind(code: number): ControlKind {
  if (code < 0x20) return 'c0'
  if (code === 0x7f) return 'del'
  if (code <= 0x9f) return 'c1'
  if (code <= 0x202b) return 'embedding'
  if (code === 0x202c) return 'pop'
  if (code <= 0x202e) return 'override'
  return 'isolate'
}

/** The words a language names the other control characters with, given the code point (`U+009B, a C1 control,`). */
export type ControlWords = Readonly<Record<Exclude<ControlKind, 'c0' | 'del'>, (codePoint: string) => string>>

/** `U+001B ESC`, `U+007F DEL` (a C0 control or DEL by its name, the same in every language), else as `words` name it. */
export function describeControl(code: number, words: ControlWords): string {
  const kind = controlKind(code)
  if (kind === 'c0' || kind === 'del') return `${codePoint(code)} ${code === 0x7f ? 'DEL' : C0_NAMES[code]}`
  return words[kind](codePoint(code))
}
