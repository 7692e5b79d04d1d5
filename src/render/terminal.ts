import { randomBytes } from 'node:crypto'
import { Chalk } from 'chalk'
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

type Style = Exclude<keyof Colours, 'enabled'>
const NAMES: Style[] = ['bold', 'dim', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'gray']

/**
 * The SGR codes each mark stands for: chalk's own open and close sequences (16 colours), taken
 * once; mark 2k opens style k, mark 2k+1 closes it.
 */
const CODES: string[] = (() => {
  const chalk = new Chalk({ level: 1 })
  return NAMES.flatMap((n) => chalk[n]('\u0000').split('\u0000') as [string, string])
})()

export function colours(enabled: boolean): Colours {
  const style = (k: number) => {
    if (!enabled) return (s: string) => s
    const o = mark(2 * k)
    const c = mark(2 * k + 1)
    // a style closed inside (bold in bold, a colour in a colour) is opened again after it
    return (s: string) => o + s.replaceAll(c, c + o) + c
  }
  const out = { enabled } as { -readonly [K in keyof Colours]: Colours[K] }
  NAMES.forEach((name, k) => (out[name] = style(k)))
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
    if (colour) out += CODES[Number(m[1])] ?? ''
    last = m.index + m[0].length
  }
  return out + visible(text.slice(last))
}
