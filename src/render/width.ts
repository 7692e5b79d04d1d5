import { createRequire } from 'node:module'

type StringWidth = (s: string) => number

let stringWidth: StringWidth | null = null

/** string-width (its emoji tables cost ~20 ms to load), only once a line is not plain ASCII. */
function loadStringWidth(): StringWidth {
  stringWidth ??= (createRequire(import.meta.url)('string-width') as { default: StringWidth }).default
  return stringWidth
}

const PLAIN = /^[\x20-\x7e]*$/
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
