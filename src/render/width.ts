import { createRequire } from 'node:module'

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
 * emoji, combining marks, colour codes) goes to string-width.
 */
const PLAIN = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u02ff\u2010-\u2029\u202f-\u203b\u203d-\u2048\u204a-\u205f\u2190-\u2193\u219a-\u21a8\u21ab-\u21ff\u2500-\u257f]*$/
const ANSI = /\u001b\[[0-9;]*m/g

/**
 * Columns a string takes on a terminal: colour codes count nothing, Chinese characters two.
 *
 * @example
 * displayWidth('客户 ALFKI') // 10
 */
export function displayWidth(s: string): number {
  if (PLAIN.test(s)) return s.length
  return loadStringWidth()(s.replace(ANSI, ''))
}
