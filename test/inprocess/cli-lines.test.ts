import { describe, expect, it } from 'vitest'
import { DONE_PICKING } from '../../src/cli/commands/inquiry/pickers.js'
import { run, schema } from '../../src/cli/commands/inquiry/new.js'
import { deskPerTest, type scriptedPrompter } from '../helpers/in-process.js'
import { options } from '../helpers/in-process-cli.js'

// issue 19: the interactive line entry keeps one line per product; --free asks why on a terminal
const desk = deskPerTest()
const asked = (p: unknown) => (p as ReturnType<typeof scriptedPrompter>).asked
const lines = () => desk().desk.query('select line_no, qty, unit_price from order_lines order by line_no')

describe('inquiry new at the terminal: one line per product', () => {
  it('a product picked again is added to its line, with a notice, and recorded as one line', async () => {
    const answers = ['ALFKI', 'NW-011', '5', '21.00', 'NW-011', '3', '21.00', DONE_PICKING, '', 'phone', '', true]
    const { s, stderr } = desk().session('li', { answers })
    await run(options(schema, {}), s)
    expect(stderr.text).toContain('! NW-011 was given 2 times (5 + 3): one line of 8\n')
    expect(stderr.text).toContain('1  NW-011  Queso Cabrales    8  21.00  168.00')
    expect(stderr.text).not.toContain('2  NW-011')
    expect(await lines()).toEqual([{ line_no: 1, qty: 8, unit_price: 2100 }])
  })

  it('picked again at another price: the clerk is told, and the line is not added', async () => {
    const answers = ['ALFKI', 'NW-011', '5', '21.00', 'NW-011', '3', '19.00', DONE_PICKING, '', 'phone', '', true]
    const { s, stderr } = desk().session('li', { answers })
    await run(options(schema, {}), s)
    expect(stderr.text).toContain('! NW-011 is given twice at different prices, 21.00 and 19.00')
    expect(await lines()).toEqual([{ line_no: 1, qty: 5, unit_price: 2100 }])
  })

  it('--free without --reason asks why on a terminal, and records it', async () => {
    const { s, stderr } = desk().session('li', { answers: ['samples for the fair', true] })
    await run(options(schema, { customer: 'ALFKI', item: ['NW-011=5@0'], free: true }), s)
    expect(asked(s.prompt)[0]).toBe('Why are the lines at a zero price free (e.g. samples)?')
    expect(stderr.text).toContain('free of charge: line 1 (samples for the fair)')
    const [e] = await desk().desk.query("select data from events where action = 'inquiry.new'")
    expect(JSON.parse(e.data).free).toEqual({ lines: [{ lineNo: 1, sku: 'NW-011', qty: 5 }], reason: 'samples for the fair' })
  })
})
