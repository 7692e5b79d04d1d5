/**
 * The one rule for text from outside — flags, prompts, settings and every import cell: no
 * character that a terminal or a bidi-aware viewer acts on instead of showing it. Refused:
 * C0 controls (U+0000–U+001F: NUL, BEL, ESC, CR, …), DEL, C1 controls (U+0080–U+009F, among
 * them CSI U+009B), the bidi embeddings/overrides U+202A–U+202E and isolates U+2066–U+2069
 * (Trojan-Source spoofing), and lone surrogates (not text; only a JSON escape can make one).
 * Free-text notes (`note` kind: notes, reasons, comments, complaint text, addresses) may also
 * hold TAB and line breaks (LF, or CR LF); a lone CR never (it rewrites the line it is on).
 *
 * `visible` is the other half, for text already in a desk (written there directly): every such
 * character printed as a `\uXXXX` escape, so that human output never carries one from data.
 *
 * @example
 * textProblem('Evil \x1b]0;pwned\x07', 'line') // 'must not contain control characters (U+001B ESC at character 6)'
 * visible('Evil \x1b]0;pwned\x07')            // 'Evil \\u001b]0;pwned\\u0007'
 */
import { superRefine } from 'zod/mini'
import { msg, say, type Msg } from './message.js'

export type TextKind = 'line' | 'note'

// no `u` flag: the surrogate alternatives work on UTF-16 code units
const CONTROLS_LINE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/
const CONTROLS_NOTE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/
/** What `visible` escapes: the note kind's controls (line breaks and tabs are layout). */
const ESCAPED = new RegExp(CONTROLS_NOTE.source, 'g')

/**
 * Why this text may not be taken, as a message (the reason for a ValidationError or an import
 * problem), or null when it may. Costs one regular-expression test when the text is fine.
 */
export function textFault(s: string, kind: TextKind = 'line'): Msg | null {
  const m = (kind === 'note' ? CONTROLS_NOTE : CONTROLS_LINE).exec(s)
  if (m) return msg('common.controlCharacter', { code: m[0].charCodeAt(0), at: m.index + 1 })
  const lone = LONE_SURROGATE.exec(s)
  if (lone) return msg('common.loneSurrogate', { code: lone[0].charCodeAt(0), at: lone.index + 1 })
  return null
}

/** The same in the words of the installed catalogue (a prompt's check, an import cell's reason). */
export function textProblem(s: string, kind: TextKind = 'line'): string | null {
  const fault = textFault(s, kind)
  return fault && say(fault)
}

/** The rule as a zod check, for flags (cli/flags.ts) and import cells (import-fields.ts) alike. */
export const safeText = (kind: TextKind = 'line') =>
  superRefine<string>((s, ctx) => {
    const problem = textProblem(s, kind)
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem, input: s })
  })

/** Whether `visible` would change the text. */
export function hasControls(s: string): boolean {
  return CONTROLS_NOTE.test(s)
}

/**
 * Text for a terminal: each control character (as `textProblem` refuses in a note) shown as
 * its `\uXXXX` escape; line breaks, tabs and everything else unchanged.
 */
export function visible(s: string): string {
  if (!hasControls(s)) return s
  return s.replace(ESCAPED, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`)
}
