import { describe, expect, it } from 'vitest'
import { csvField, fromCsvField } from '../../src/domain/csv-field.js'

/** The one CSV field rule (issue 16 §8): the status report and the import's errors file. */
describe('csvField', () => {
  it('neutralises every cell a spreadsheet would run as a formula, and fromCsvField takes it off again', () => {
    const formulas = ["=cmd|' /C calc'!A0", '@SUM(1+1)', '+86 21 5555 0100', '-2+3', '\tx', '\rx']
    for (const v of formulas) {
      const cell = csvField(v)
      expect(cell.replace(/^"/, '')).toMatch(/^'/)
      const read = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell
      expect(fromCsvField(read)).toBe(v)
    }
    expect(csvField('plain')).toBe('plain')
    expect(fromCsvField("'plain")).toBe("'plain") // only the neutralising apostrophe is taken off
    expect(fromCsvField("'")).toBe("'")
  })
})
