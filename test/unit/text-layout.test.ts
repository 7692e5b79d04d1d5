import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { boxes, center, clean, displayWidth, fields, padEnd, padStart, sideBySide, textTable, truncate, wrap } from '../../src/render/forms/text-layout.js'

/** The display column at which `needle` starts in `line`. */
const columnOf = (line: string, needle: string) => stringWidth(line.slice(0, line.indexOf(needle)))

describe('widths and padding with double-width characters', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('西湖龙井')).toBe(8)
    expect(displayWidth('Chai 茶')).toBe(7)
    expect(displayWidth('（特级）')).toBe(8)
  })

  it('pads to a display width, not a string length', () => {
    expect(padEnd('品名', 6)).toBe('品名  ')
    expect(padStart('品名', 6)).toBe('  品名')
    expect(padEnd('toolong', 3)).toBe('toolong')
    expect(center('销售合同', 20)).toBe('      销售合同')
  })

  it('cleans control characters and escapes, and makes ambiguous punctuation ASCII', () => {
    expect(clean('a\tb\nc\u001b[31mred\u001b[0m')).toBe('a b cred')
    expect(clean('Queso — 5 × 2 · ok…')).toBe('Queso - 5 x 2 - ok...')
  })

  it('truncates to a display width, marking the cut', () => {
    expect(truncate('西湖龙井茶', 7)).toBe('西湖龙~')
    expect(displayWidth(truncate('西湖龙井茶', 7))).toBeLessThanOrEqual(7)
    expect(truncate('Chai', 10)).toBe('Chai')
  })
})

describe('wrap', () => {
  it('breaks between words', () => {
    expect(wrap('Queso Cabrales from Spain', 12)).toEqual(['Queso', 'Cabrales', 'from Spain'])
  })

  it('breaks between any two Chinese characters, never inside one', () => {
    const lines = wrap('西湖龙井茶特级明前新茶', 7)
    expect(lines).toEqual(['西湖龙', '井茶特', '级明前', '新茶'])
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(7)
  })

  it('cuts a word longer than the line', () => {
    expect(wrap('ABCDEFGHIJ', 4)).toEqual(['ABCD', 'EFGH', 'IJ'])
  })

  it('never starts a line with Chinese closing punctuation', () => {
    const lines = wrap('感谢惠顾，兹确认', 8)
    expect(lines).toEqual(['感谢惠', '顾，兹确', '认'])
    for (const l of lines) expect(l.startsWith('，')).toBe(false)
  })

  it('never ends a line with Chinese opening punctuation', () => {
    // 实木复合烤漆套装门（ fills the 20 columns: the bracket goes down with what it opens
    expect(wrap('实木复合烤漆套装门（含门套）', 20)).toEqual(['实木复合烤漆套装门', '（含门套）'])
  })

  it('returns one empty line for empty text', () => {
    expect(wrap('', 10)).toEqual([''])
  })
})

describe('textTable', () => {
  const columns = [
    { header: ['#', '序'], align: 'right' as const },
    { header: ['SKU', '货号'], align: 'left' as const, wrap: true },
    { header: ['Product', '品名'], align: 'left' as const, flex: true },
    { header: ['Unit', '单位'], align: 'left' as const },
    { header: ['Qty', '数量'], align: 'right' as const },
    { header: ['Amount', '金额'], align: 'right' as const },
  ]
  const rows = [
    ['1', 'NW-011', 'Queso Cabrales', 'case', '5', '105.00'],
    ['2', 'CN-TEA', '西湖龙井茶（特级）', '盒', '3', '3,600.00'],
    ['3', 'CN-BRG', '精密轴承 6204-2RS 深沟球轴承 Deep groove ball bearing, sealed both sides', '套', '120', '12,345.00'],
  ]

  it('spans exactly 80 columns and lines up every column with Chinese names', () => {
    const lines = textTable(columns, rows)
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(80)
    // right-aligned amounts end at column 80 on every row
    for (const l of [lines[0]!, lines[1]!, lines[3]!, lines[4]!, lines[5]!]) expect(stringWidth(l)).toBe(80)
    // the unit column starts at the same display column on every row
    const unit = columnOf(lines[0]!, 'Unit')
    expect(columnOf(lines[1]!, '单位')).toBe(unit)
    expect(columnOf(lines[3]!, 'case')).toBe(unit)
    expect(columnOf(lines[4]!, '盒')).toBe(unit)
    expect(columnOf(lines[5]!, '套')).toBe(unit)
    // product names start together too
    const product = columnOf(lines[0]!, 'Product')
    expect(columnOf(lines[4]!, '西湖')).toBe(product)
  })

  it('wraps a long product name onto further lines of its row', () => {
    const lines = textTable(columns, rows)
    expect(lines.length).toBe(3 + 3 + 1) // 2 header lines, the rule, rows 1 and 2, row 3 on two lines
    expect(lines[6]!.trim()).toMatch(/^sealed both sides|^Deep groove|^bearing/)
    expect(lines[6]!.startsWith(' '.repeat(columnOf(lines[0]!, 'Product')))).toBe(true)
  })

  it('shrinks the product column to fit a narrower page', () => {
    const lines = textTable(columns, rows, { width: 50 })
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(50)
  })
})

describe('fields, sideBySide and boxes', () => {
  it('aligns values after labels of mixed width and wraps long values under themselves', () => {
    const lines = fields(
      [
        ['Payment 付款方式', 'transfer, due 2026-12-03'],
        ['Note', '请核对后签字回传 please sign and return a copy within three days'],
      ],
      40,
    )
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(40)
    const valueAt = columnOf(lines[0]!, 'transfer')
    expect(valueAt).toBe(stringWidth('Payment 付款方式') + 2)
    const note = lines.findIndex((l) => l.startsWith('Note'))
    expect(columnOf(lines[note]!, '请核对')).toBe(valueAt)
    // every continuation line starts at the value column
    const continued = lines.filter((l) => l.startsWith(' '))
    expect(continued.length).toBeGreaterThanOrEqual(2)
    for (const l of continued) expect(stringWidth(l.slice(0, l.search(/\S/)))).toBe(valueAt)
  })

  it('puts two blocks side by side within the width', () => {
    const lines = sideBySide(['订单 26-00001', 'x'], ['版本 3'], 40)
    expect(lines[0]).toBe(`${padEnd('订单 26-00001', 19)}  版本 3`)
    expect(lines[1]).toBe('x')
  })

  it('draws signature boxes exactly 80 columns wide with Chinese content', () => {
    const lines = boxes([
      ['Clerk', '业务员', '', 'Li Na (li)', '2026-11-26'],
      ['Department manager', '业务部经理', '', '王芳 (wang)', '2026-11-26'],
      ['Customer', '客户'],
    ], { height: 6 })
    expect(lines.length).toBe(8)
    for (const l of lines) expect(stringWidth(l)).toBe(80)
    const bars = (l: string) => [...l].reduce<number[]>((acc, ch, i) => (ch === '|' || ch === '+' ? [...acc, stringWidth(l.slice(0, i))] : acc), [])
    for (const l of lines) expect(bars(l)).toEqual(bars(lines[0]!))
  })

  it('a lone box takes half the page; a second row shares the border', () => {
    expect(stringWidth(boxes([['Clerk']], { minSlots: 2 })[0]!)).toBe(41)
    const five = boxes([['a'], ['b'], ['c'], ['d'], ['e']], { perRow: 4 })
    for (const l of five) expect(stringWidth(l)).toBeLessThanOrEqual(80)
    expect(five.filter((l) => l.startsWith('+')).length).toBe(3)
  })
})
