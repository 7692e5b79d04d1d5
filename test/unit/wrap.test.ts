import { describe, expect, it } from 'vitest'
import { hangingIndent, wrapProse } from '../../src/render/wrap.js'
import { displayWidth } from '../../src/render/width.js'

describe('wrapProse', () => {
  it('leaves a line that fits as it is', () => {
    expect(wrapProse('✓ order 26-0001 offered', 80)).toBe('✓ order 26-0001 offered')
  })

  it('breaks English between words, never inside a word or a number', () => {
    const text = 'Tell the customer: we can deliver by 2026-12-23 — the requested 2027-01-01 can be met; agree the payment time and method'
    const out = wrapProse(text, 40, 2)
    for (const line of out.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40)
    expect(out.replace(/\n +/g, ' ')).toBe(text)
    expect(out).toContain('2026-12-23')
    expect(out).toContain('2027-01-01')
  })

  it('breaks Chinese between characters, keeps numbers and order numbers whole, indents what follows', () => {
    const text = '告诉客户：可以在 2026-12-23 之前交货，满足客户要求的交期 2027-01-01；约定付款时间和方式，然后签订销售合同 26-00002'
    const out = wrapProse(text, 30, 2)
    const lines = out.split('\n')
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) expect(displayWidth(line)).toBeLessThanOrEqual(30)
    for (const line of lines.slice(1)) expect(line.startsWith('  ')).toBe(true)
    expect(lines.join('').replace(/ {2}/g, '')).toContain('2026-12-23')
    expect(out).toMatch(/26-00002/)
    // no line starts with closing punctuation
    for (const line of lines) expect(line.trim()).not.toMatch(/^[，。；：）]/)
  })

  it('puts an unbreakable unit longer than the line on a line of its own', () => {
    const out = wrapProse('written to /a/very/long/path/that/does/not/fit/anywhere/at/all.csv now', 24)
    expect(out.split('\n')).toContain('/a/very/long/path/that/does/not/fit/anywhere/at/all.csv')
  })

  it('does not fold at all on a very narrow or unknown width', () => {
    expect(wrapProse('a b c d e f g h i j k l m n o p q r s t u v w x y z', 10)).toBe('a b c d e f g h i j k l m n o p q r s t u v w x y z')
  })
})

describe('hangingIndent', () => {
  it.each([
    ['✓ inquiry recorded', 2],
    ['  next: orderdesk stock check', 8],
    ['  下一步：orderdesk stock check', 10],
    ['plain text', 0],
  ])('%j → %d', (line, n) => {
    expect(hangingIndent(line)).toBe(n)
  })
})

describe('Output folds messages on a terminal, never tables or a pipe', () => {
  const sink = (isTTY: boolean, columns?: number) => {
    const text: string[] = []
    return { text, sink: { isTTY, columns, write: (t: string) => text.push(t) } }
  }
  const long = 'order 26-00001 offered: delivery by 2026-12-02, the requested 2026-12-16 can be met'

  it('folds a done line at the terminal width with a hanging indent', async () => {
    const { Output } = await import('../../src/cli/output.js')
    const err = sink(true, 40)
    new Output({ json: false, color: false, stderr: err.sink }).done(long)
    expect(err.text.join('')).toBe('✓ order 26-00001 offered: delivery by\n  2026-12-02, the requested 2026-12-16\n  can be met\n')
  })

  it('leaves lines whole in a pipe, and a table shown on a terminal as it is', async () => {
    const { Output } = await import('../../src/cli/output.js')
    const pipe = sink(false, 40)
    new Output({ json: false, color: false, stderr: pipe.sink }).done(long)
    expect(pipe.text.join('')).toBe(`✓ ${long}\n`)
    const tty = sink(true, 20)
    const row = 'SKU      Product                    Qty'
    new Output({ json: false, color: false, stderr: tty.sink }).show(row)
    expect(tty.text.join('')).toBe(`${row}\n`)
  })
})
