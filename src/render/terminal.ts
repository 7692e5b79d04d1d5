import { randomBytes } from 'node:crypto'
import { hasControls, visible } from '../domain/text-rules.js'

/**
 * Colour for the terminal, and the one way human output is made safe for it (issue 16 §7).
 *
 * Text from a desk may hold control characters (written there directly, or by an older
 * orderdesk): printed raw, `\x1b]0;…\x07` retitles a clerk's window and `\x1b[2J` clears it.
 * So everything human output writes goes through `terminalText`, which shows each control
 * character as its `\uXXXX` escape (domain/text-rules.ts). Our own colours must survive that,
 * and must not be forgeable by data: the colour functions here do not emit escape codes but
 * marks carrying a key drawn at random when the process starts (data written before cannot
 * know it); only those marks become SGR codes, and only on a stream that shows colour.
 *
 * @example
 * const c = colours(true)
 * terminalText(`${c.bold('Order 26-00001')}  Vins \x1b]0;pwned\x07`, true)
 * // '\x1b[1mOrder 26-00001\x1b[22m  Vins \\u001b]0;pwned\\u0007'
 */
export interface Colours {
  /** Whether these functions colour at all (else they return the text as it is). */
  readonly enabled: boolean
  bold(s: string): string
  dim(s: string): string
  red(s: string): string
  green(s: string): string
  yellow(s: string): string
  blue(s: string): string
  magenta(s: string): string
  cyan(s: string): string
  gray(s: string): string
}

const KEY = randomBytes(8).toString('hex')
const mark = (code: number) => `\u0001${KEY}:${code}\u0002`
const MARKS = new RegExp(`\u0001${KEY}:(\\d+)\u0002`, 'g')

/** SGR open and close codes, as chalk's level 1 uses them. */
const STYLES: Record<Exclude<keyof Colours, 'enabled'>, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  blue: [34, 39],
  magenta: [35, 39],
  cyan: [36, 39],
  gray: [90, 39],
}

export function colours(enabled: boolean): Colours {
  const style = ([open, close]: [number, number]) => {
    if (!enabled) return (s: string) => s
    const o = mark(open)
    const c = mark(close)
    // a style closed inside (bold in bold, a colour in a colour) is opened again after it
    return (s: string) => o + s.replaceAll(c, c + o) + c
  }
  const out = { enabled } as { -readonly [K in keyof Colours]: Colours[K] }
  for (const [name, codes] of Object.entries(STYLES)) out[name as keyof typeof STYLES] = style(codes)
  return out
}

/**
 * Text as it is written to stdout or stderr: every control character shown as an escape (line
 * breaks and tabs stay), this process's colour marks turned into SGR codes when `colour`,
 * else dropped. One regular-expression test when there is nothing to do.
 */
export function terminalText(text: string, colour: boolean): string {
  if (!hasControls(text)) return text
  let out = ''
  let last = 0
  for (const m of text.matchAll(MARKS)) {
    out += visible(text.slice(last, m.index))
    if (colour) out += `\u001b[${m[1]}m`
    last = m.index + m[0].length
  }
  return out + visible(text.slice(last))
}
