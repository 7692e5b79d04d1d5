import { beforeAll, describe, expect, it } from 'vitest'
import { assembleOrder } from '../../src/domain/import-order.js'
import { parseCustomerRow, parseProductRow, parseStockRow } from '../../src/domain/import-master.js'
import type { ImportProblem } from '../../src/domain/import-order.js'
import { say } from '../../src/domain/message.js'
import { installWords } from '../../src/messages/index.js'
import { textProblem, visible } from '../../src/domain/text-rules.js'
import { clean } from '../../src/render/forms/text-layout.js'
import { table } from '../../src/render/table.js'
import { colours, terminalText } from '../../src/render/terminal.js'

// the reasons are the catalogue's words, as the cli installs them
beforeAll(installWords)

/**
 * Issue 16 §7, §9: the one rule for text from outside (flags, prompts, import cells) and the
 * visible form of what may still be in a desk (written there directly) when it is printed.
 */
const HOSTILE = '\x1b]0;pwned\x07\x1b[2J'

describe('textProblem: what text from outside may not hold', () => {
  it('plain, Chinese, emoji and ordinary punctuation are fine', () => {
    for (const s of ['Alfreds Futterkiste', '张先生来电，要求加急', 'Crème brûlée ✓ 🍰', 'call back, ask for "Mr. Li"', '']) {
      expect(textProblem(s, 'line'), s).toBeNull()
      expect(textProblem(s, 'note'), s).toBeNull()
    }
  })

  it('C0, DEL, C1 and the bidi overrides and isolates are refused, naming the character and where it is', () => {
    expect(textProblem(HOSTILE, 'line')).toBe('must not contain control characters (U+001B ESC at character 1)')
    expect(textProblem('PH-1\0', 'line')).toBe('must not contain control characters (U+0000 NUL at character 5)')
    expect(textProblem('ab\x7f', 'note')).toBe('must not contain control characters (U+007F DEL at character 3)')
    expect(textProblem('a\u009b2J', 'note')).toBe('must not contain control characters (U+009B, a C1 control, at character 2)')
    expect(textProblem('abc\u202Egpj.exe', 'line')).toBe('must not contain control characters (U+202E, a bidi override, at character 4)')
    for (const ch of ['\u202a', '\u202b', '\u202c', '\u202d', '\u2066', '\u2067', '\u2068', '\u2069', '\x01', '\x1f', '\x80', '\x9f']) {
      expect(textProblem(`x${ch}`, 'line'), ch.codePointAt(0)!.toString(16)).toMatch(/^must not contain control characters \(U\+[0-9A-F]{4}/)
      expect(textProblem(`x${ch}`, 'note'), ch.codePointAt(0)!.toString(16)).not.toBeNull()
    }
  })

  it('tab and line breaks only in free-text notes; a lone CR never (it rewrites the line on a terminal)', () => {
    expect(textProblem('a\tb', 'line')).toBe('must not contain control characters (U+0009 TAB at character 2)')
    expect(textProblem('a\nb', 'line')).toBe('must not contain control characters (U+000A LF at character 2)')
    expect(textProblem('a\tb\nc\r\nd', 'note')).toBeNull()
    expect(textProblem('paid\rUNPAID', 'note')).toBe('must not contain control characters (U+000D CR at character 5)')
  })

  it('a lone surrogate (only a JSON escape can make one) is not text', () => {
    expect(textProblem('ab\ud800c', 'line')).toBe('must be valid Unicode text (a lone surrogate U+D800 at character 3)')
    expect(textProblem('\udc00', 'note')).toBe('must be valid Unicode text (a lone surrogate U+DC00 at character 1)')
  })
})

describe('visible: control characters printed as escapes', () => {
  it('each one becomes \\uXXXX; line breaks, tabs and everything else stay', () => {
    expect(visible(HOSTILE)).toBe('\\u001b]0;pwned\\u0007\\u001b[2J')
    expect(visible('a\u009b2J \u202Eabc\u2066 \x7f\0')).toBe('a\\u009b2J \\u202eabc\\u2066 \\u007f\\u0000')
    expect(visible('one\ntwo\tthree\r\nfour\rfive')).toBe('one\ntwo\tthree\r\nfour\\u000dfive')
    const plain = '张先生 Crème ✓ 🍰'
    expect(visible(plain)).toBe(plain)
  })
})

describe('terminalText: the one way human output reaches the terminal', () => {
  it('our colours become SGR codes on a colour terminal, nothing elsewhere; data escapes never pass, even as colour', () => {
    const c = colours(true)
    const text = `${c.bold('Order 26-00001')}  ${c.yellow('inquiry')}  Vins ${HOSTILE} \x1b[31mred\x1b[39m`
    expect(terminalText(text, true)).toBe(`\x1b[1mOrder 26-00001\x1b[22m  \x1b[33minquiry\x1b[39m  Vins ${visible(HOSTILE)} \\u001b[31mred\\u001b[39m`)
    expect(terminalText(text, false)).toBe(`Order 26-00001  inquiry  Vins ${visible(HOSTILE)} \\u001b[31mred\\u001b[39m`)
    // a mark written by another process (another key) is data like any other
    const forged = '\u00010123456789abcdef:8\u0002hidden'
    expect(terminalText(forged, true)).toBe('\\u00010123456789abcdef:8\\u0002hidden')
    // disabled colours add nothing; plain text is returned as it is
    expect(colours(false).bold('x')).toBe('x')
    expect(terminalText('plain 张 ✓\n', true)).toBe('plain 张 ✓\n')
  })

  it('a style inside the same style is opened again after it closes', () => {
    const c = colours(true)
    expect(terminalText(c.bold(`a ${c.bold('b')} c`), true)).toBe('\x1b[1ma \x1b[1mb\x1b[22m\x1b[1m c\x1b[22m')
  })

  it('tables line up as printed: an escape from data takes its columns, our colours none', () => {
    const c = colours(true)
    const t = terminalText(table(['Name', 'Status'], [[`A${'\x07'}`, c.green('ready')], ['Bcdefgh', 'lost']]), true)
    expect(t.split('\n')).toEqual(['Name     Status', '───────  ──────', 'A\\u0007  \x1b[32mready\x1b[39m', 'Bcdefgh  lost'])
  })

  it('printed forms blank them (a blank reads better on paper)', () => {
    expect(clean(`a\u202Eb\u2066c${HOSTILE}d`)).toBe('a b c ]0;pwned d')
  })
})

describe('import cells use the rule, with the file line and the column', () => {
  const at = (line: number, cells: Record<string, string>) => ({ line, cells })
  // an import's reasons are messages: worded by the catalogue, as the cli installs it
  const reasons = (problems: ImportProblem[]) => problems.map((p) => ({ ...p, reason: say(p.reason) }))
  const worded = (r: { ok: true } | { ok: false; problems: ImportProblem[] }) => (r.ok ? r : { ok: false, problems: reasons(r.problems) })

  it('customers: a name with an escape is rejected; an address may have line breaks', () => {
    expect(worded(parseCustomerRow(at(4, { code: 'EVIL', name: `Evil ${HOSTILE}`, contact: '', phone: '', address: '' })))).toEqual({
      ok: false,
      problems: [{ line: 4, column: 'name', value: `Evil ${HOSTILE}`, reason: 'must not contain control characters (U+001B ESC at character 6)' }],
    })
    expect(parseCustomerRow(at(5, { code: 'GOOD', name: 'Good', address: 'Obere Str. 57\n12209 Berlin' }))).toMatchObject({ ok: true })
    const phone = parseCustomerRow(at(6, { code: 'TAB', name: 'Tab', phone: '030\t0074321' }))
    expect(phone.ok ? null : phone.problems.map((p) => [p.line, p.column])).toEqual([[6, 'phone']])
  })

  it('products: name and unit; stock: the reason is a note', () => {
    const p = parseProductRow(at(7, { sku: 'NW-001', name: 'Chai\u202E', price: '18', unit: 'c\x1bs' }))
    expect(p.ok ? [] : p.problems.map((x) => `${x.line} ${x.column}: ${say(x.reason)}`)).toEqual([
      '7 name: must not contain control characters (U+202E, a bidi override, at character 5)',
      '7 unit: must not contain control characters (U+001B ESC at character 2)',
    ])
    expect(parseStockRow(at(8, { sku: 'NW-001', qty: '3', reason: 'counted\ttwice\nok' }))).toMatchObject({ ok: true })
    const s = parseStockRow(at(9, { sku: 'NW-001', qty: '3', reason: 'x\x07' }))
    expect(s.ok ? null : s.problems[0]).toMatchObject({ line: 9, column: 'reason' })
  })

  it('orders: a NUL in ext_ref, an escape in source_ref or customer_name, a BEL in the note; a note may have line breaks', () => {
    const row = (line: number, cells: Record<string, string>) => ({ line, cells: { customer: 'ALFKI', sku: 'NW-011', qty: '1', ...cells } })
    const nul = assembleOrder([row(2, { ext_ref: 'PH-1\0' })], '2026-11-26')
    expect(nul.ok ? null : reasons(nul.problems)).toEqual([{ line: 2, column: 'ext_ref', value: 'PH-1\0', reason: 'must not contain control characters (U+0000 NUL at character 5)' }])
    const header = assembleOrder([row(3, { ext_ref: 'PH-2' }), row(4, { ext_ref: 'PH-2', source_ref: `REC ${HOSTILE}`, customer_name: 'A\u2067B', note: 'ring\x07' })], '2026-11-26')
    expect(header.ok ? [] : header.problems.map((p) => [p.line, p.column])).toEqual([
      [4, 'customer_name'],
      [4, 'source_ref'],
      [4, 'note'],
    ])
    expect(assembleOrder([row(5, { ext_ref: 'PH-3', note: 'line one\nline two\tend' })], '2026-11-26')).toMatchObject({ ok: true, order: { note: 'line one\nline two\tend' } })
  })
})
