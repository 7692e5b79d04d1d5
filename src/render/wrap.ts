import { displayWidth, hasWide, withoutMarks } from './width.js'

/** Punctuation that must not begin a line (it closes what went before). */
const NO_START = new Set('，。、；：！？）》」』】〕”’…'.split(''))
/** Punctuation that must not end a line (it opens what follows). */
const NO_END = new Set('（《「『【〔“‘'.split(''))

/**
 * The units a line breaks between: a run of anything but spaces and Chinese (a word, a
 * number, an order number, a path, a flag) stays whole; each Chinese character is a unit of its own;
 * spaces are units the line may end on. Closing punctuation sticks to the unit before it,
 * opening punctuation to the unit after it.
 */
function units(text: string): string[] {
  const out: string[] = []
  let word = ''
  const flush = () => {
    if (word) out.push(word)
    word = ''
  }
  for (const ch of text) {
    if (ch === ' ') {
      flush()
      out.push(' ')
    } else if (hasWide(ch) || NO_START.has(ch) || NO_END.has(ch) || ch === '—') {
      flush()
      out.push(ch)
    } else word += ch
  }
  flush()
  // glue: no line starts with closing punctuation or ends with opening punctuation
  const glued: string[] = []
  for (const u of out) {
    const last = glued.length - 1
    if (last >= 0 && u !== ' ' && NO_START.has(u) && glued[last] !== ' ') glued[last] += u
    else if (last >= 0 && glued[last] !== ' ' && NO_END.has(glued[last]!.slice(-1)) && u !== ' ') glued[last] += u
    else glued.push(u)
  }
  return glued
}

/**
 * Prose (a hint, "tell the customer", a refusal) folded to the terminal's width, as a clerk
 * reads it: never inside a word or a number, Chinese between any two characters (not before
 * a closing or after an opening mark). Continuation lines are indented as `indent` says
 * (the width of the line's marker, say "✓ "). A line that fits, or a width under 20, is left
 * as it is; a unit longer than the line (a long path) gets a line of its own.
 *
 * @example
 * wrapProse('告诉客户：可以在 2026-12-02 之前交货，满足客户要求的交期', 24, 2)
 */
export function wrapProse(line: string, width: number, indent = 0): string {
  if (width < 20 || displayWidth(line) <= width) return line
  const pad = ' '.repeat(indent)
  const lines: string[] = []
  let current = ''
  let used = 0
  for (const u of units(line)) {
    const w = displayWidth(u)
    if (u === ' ') {
      if (used + 1 <= width) {
        current += u
        used += 1
      }
      continue
    }
    if (used + w > width && current.trim()) {
      lines.push(current.replace(/ +$/, ''))
      current = pad
      used = indent
    }
    current += u
    used += w
  }
  if (current.trim()) lines.push(current.replace(/ +$/, ''))
  return lines.join('\n')
}

// A regular expression with CJK or other non-ASCII in it is built from a string: esbuild escapes
// a string to ASCII but not a regex literal, and one non-ASCII byte in dist/main.cjs makes V8
// decode the whole 2 MB bundle as UTF-8 at every start (scripts/build.mjs refuses it).
const MARKER = new RegExp('^( *)(?:[✓!•·-] |[^ ]{1,12}[:：] ?)?')

/** How far continuation lines of a message line are indented: its leading spaces and marker (`✓ `, `! `, `next: `). */
export function hangingIndent(line: string): number {
  const m = MARKER.exec(withoutMarks(line))
  return m ? Math.min(displayWidth(m[0]), 16) : 0
}
