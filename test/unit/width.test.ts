import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/width.js'
import { table } from '../../src/render/table.js'

describe('displayWidth', () => {
  it('agrees with string-width on every character up to the box-drawing block', () => {
    const wrong: string[] = []
    for (let c = 0x20; c < 0x2600; c++) {
      const ch = String.fromCodePoint(c)
      if (displayWidth(ch) !== stringWidth(ch)) wrong.push(c.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('counts Chinese as two columns and colour codes as none', () => {
    expect(displayWidth('客户 ALFKI')).toBe(10)
    expect(displayWidth('\u001b[32m✓\u001b[39m ok')).toBe(4)
    expect(displayWidth('—…“x”')).toBe(5)
  })
})

describe('table', () => {
  it('pads by display width, right-aligns numbers, two spaces apart, no trailing blanks', () => {
    const t = table(['Name', 'Total'], [['上海贸易', '1,200.00'], ['ALFKI', '5.00']], { align: ['left', 'right'] })
    expect(t.split('\n')).toEqual(['Name         Total', '────────  ────────', '上海贸易  1,200.00', 'ALFKI         5.00'])
  })

  it('gives a multi-line cell its own lines', () => {
    expect(table(['A', 'B'], [['x\ny', 'z']]).split('\n')).toEqual(['A  B', '─  ─', 'x  z', 'y'])
  })
})
