import { createRequire } from 'node:module'
import { hasControls, visible } from '../domain/text-rules.js'

type StringWidth = (s: string) => number

let stringWidth: StringWidth | null = null

/** string-width (its emoji tables cost ~20 ms to load), only once a line is not plain ASCII. */
function loadStringWidth(): StringWidth {
  stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default
  return stringWidth
}

/**
 * One column per character: printable ASCII, Latin-1 and Latin Extended letters, general
 * punctuation (— … “ ”), arrows and box drawing (the table rules). Anything else (Chinese,
 * emoji, combining marks) goes to string-width.
 */
const PLAIN = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2029\u202f-\u203b\u203d-\u2048\u204a-\u205f\u2190-\u2193\u219a-\u21a8\u21ab-\u21ff\u2500-\u257f]*$/
/** render/terminal.ts's colour marks (our colours: they become SGR codes, or nothing). */
const MARKS = /\u0001[0-9a-f]{16}:\d+\u0002/g

/**
 * Columns a string takes on a terminal as human output prints it (render/terminal.ts): our
 * colours count nothing, Chinese characters two, and a control character from data the
 * columns of the `\uXXXX` escape it is shown as.
 *
 * @example
 * displayWidth('客户 ALFKI') // 10
 * displayWidth('a\x1bb')     // 8: a\u001bb
 */
export function displayWidth(s: string): number {
  if (PLAIN.test(s)) return s.length
  let t = s.replace(MARKS, '')
  if (hasControls(t)) t = visible(t)
  return PLAIN.test(t) ? t.length : loadStringWidth()(t)
}
