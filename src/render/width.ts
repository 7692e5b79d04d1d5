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
/**
 * Chinese (and Japanese kana, Korean hangul syllables) characters and full-width punctuation, two
 * columns each: with PLAIN's, the whole of what a Chinese screen shows, measured without
 * loading string-width.
 */
const WIDE = /[\u2e80-\u2e99\u2e9b-\u2ef3\u2f00-\u2fd5\u2ff0-\u3029\u3030-\u303e\u3041-\u3096\u309b-\u30ff\u3105-\u312f\u3131-\u3163\u3165-\u318e\u3190-\u31e5\u31ef-\u321e\u3220-\u3247\u3250-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua48c\ua490-\ua4c6\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff01-\uff60\uffe0-\uffe6]/g
const PLAIN_OR_WIDE = new RegExp(`^(?:${PLAIN.source.slice(1, -1).replace(/\*$/, '')}|${WIDE.source}|\u2713)*$`)
/** render/terminal.ts's colour marks (our colours: they become SGR codes, or nothing). */
const MARKS = /\u0001[0-9a-f]{16}:\d+\u0002/g
/** One wide character (no global flag: `test` keeps no state). */
const WIDE_ONE = new RegExp(WIDE.source)

/** Whether the text holds a Chinese (wide) character: where prose may break between characters. */
export function hasWide(s: string): boolean {
  return WIDE_ONE.test(s)
}

/** The text without our colour marks, which take no columns. */
export function withoutMarks(s: string): string {
  return s.replace(MARKS, '')
}

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
  let t = withoutMarks(s)
  if (hasControls(t)) t = visible(t)
  if (PLAIN.test(t)) return t.length
  if (PLAIN_OR_WIDE.test(t)) return t.length + (t.match(WIDE)?.length ?? 0)
  return loadStringWidth()(t)
}
