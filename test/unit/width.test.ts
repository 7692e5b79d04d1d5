import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { displayWidth } from '../../src/render/width.js'
import { table } from '../../src/render/table.js'
import { colours } from '../../src/render/terminal.js'

describe('displayWidth', () => {
  it('agrees with string-width on every character up to the box-drawing block, but the controls printed as escapes', () => {
    const wrong: string[] = []
    for (let c = 0x20; c < 0x2600; c++) {
      const ch = String.fromCodePoint(c)
      // DEL, C1 and the bidi controls are printed as \uXXXX (render/terminal.ts): six columns
      const printed = (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) ? 6 : stringWidth(ch)
      if (displayWidth(ch) !== printed) wrong.push(c.toString(16))
    }
    expect(wrong).toEqual([])
  })

  it('counts Chinese as two columns, our colours as none, an escape from data as printed', () => {
    expect(displayWidth('客户 ALFKI')).toBe(10)
    const c = colours(true)
    expect(displayWidth(`${c.green('✓')} ok`)).toBe(4)
    expect(displayWidth(`${c.bold('客户')} ALFKI`)).toBe(10)
    expect(displayWidth('\u001b[32m✓\u001b[39m ok')).toBe(24) // \u001b[32m✓\u001b[39m ok
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
