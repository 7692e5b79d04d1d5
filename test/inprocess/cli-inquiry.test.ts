import { describe, expect, it } from 'vitest'
import { DONE_PICKING } from '../../src/cli/commands/inquiry/pickers.js'
import { run, schema } from '../../src/cli/commands/inquiry/new.js'
import { deskPerTest, type scriptedPrompter } from '../helpers/in-process.js'
import { failure, options } from '../helpers/in-process-cli.js'

const desk = deskPerTest()

const asked = (p: unknown) => (p as ReturnType<typeof scriptedPrompter>).asked

describe('inquiry new, in-process', () => {
  it('from flags: prints the number on stdout, says what it recorded and what comes next on stderr', async () => {
    const { s, stdout, stderr } = desk().session('li')
    await run(options(schema, { customer: 'ALFKI', item: ['NW-011=5', 'NW-001=2@17.50'], requested: '+21', sourceRef: 'FAX-0042', rush: true }), s)
    expect(stdout.text).toBe('26-00001\n')
    expect(stderr.text).toBe('✓ inquiry 26-00001 recorded for ALFKI (Alfreds Futterkiste), total 140.00\n  next: orderdesk stock check 26-00001\n')
    expect(await desk().desk.query('select status, channel, source_ref, requested_date, rush, total from orders')).toEqual([
      { status: 'inquiry', channel: 'phone', source_ref: 'FAX-0042', requested_date: '2026-12-17', rush: 1, total: 14000 },
    ])
    expect(await desk().desk.query('select line_no, qty, unit_price from order_lines order by line_no')).toEqual([
      { line_no: 1, qty: 5, unit_price: 2100 },
      { line_no: 2, qty: 2, unit_price: 1750 },
    ])
  })

  it('--json: the order on stdout and nothing on stderr', async () => {
    const { s, stdout, stderr } = desk().session('li', { json: true })
    await run(options(schema, { customer: 'ALFKI', item: ['NW-011=5'] }), s)
    const out = JSON.parse(stdout.text)
    expect(out.order).toMatchObject({ number: '26-00001', status: 'inquiry', customer: 'ALFKI', total: '105.00' })
    expect(stderr.text).toBe('')
  })

  it('without a terminal, the missing flags are named at once and nothing is recorded', async () => {
    const { s } = desk().session('li')
    await expect(run(options(schema, {}), s)).rejects.toThrow(
      'must provide `--customer`, `--item <sku>=<qty>` when not running interactively',
    )
    expect(await desk().desk.query('select count(*) as n from orders')).toEqual([{ n: 0 }])
  })

  it('an unknown customer is refused before anything is asked', async () => {
    const { s } = desk().session('li', { answers: [] })
    await expect(run(options(schema, { customer: 'NOPE' }), s)).rejects.toThrow(
      'invalid customer "NOPE": no such customer (see `orderdesk customer list`)',
    )
    expect(asked(s.prompt)).toEqual([])
  })

  it('on a terminal without flags, guides the clerk through the whole form and records what was answered', async () => {
    const answers = ['ALFKI', 'NW-011', '5', '21.00', 'NW-001', '2', '17.50', DONE_PICKING, '+7', 'fax', 'FAX-0042', true]
    const { s, stdout, stderr } = desk().session('li', { answers })
    await run(options(schema, {}), s)
    expect(asked(s.prompt)).toEqual([
      'Customer (type code or name)',
      'Product (type sku or name)',
      'Quantity of NW-011 (case)',
      'Unit price for NW-011',
      'Next product (or pick "done")',
      'Quantity of NW-001 (case)',
      'Unit price for NW-001',
      'Next product (or pick "done")',
      'Requested delivery date (YYYY-MM-DD, +N days, empty for none)',
      'Channel',
      'Source reference (fax no. / recording id, empty for none)',
      'Record this inquiry for ALFKI?',
    ])
    expect(stdout.text).toBe('26-00001\n')
    // the lines so far after each pick, all of them again before the confirmation, then the outcome
    const head = ['#  SKU     Product         Qty  Price  Amount', '─  ──────  ──────────────  ───  ─────  ──────']
    const first = '1  NW-011  Queso Cabrales    5  21.00  105.00'
    const one = [...head, first, '           Total                       105.00'].join('\n')
    const two = [...head, first, '2  NW-001  Chai              2  17.50   35.00', '           Total                       140.00'].join('\n')
    expect(stderr.text).toBe(
      `${one}\n${two}\n${two}\n✓ inquiry 26-00001 recorded for ALFKI (Alfreds Futterkiste), total 140.00\n  next: orderdesk stock check 26-00001\n`,
    )
    expect(await desk().desk.query('select channel, source_ref, requested_date from orders')).toEqual([
      { channel: 'fax', source_ref: 'FAX-0042', requested_date: '2026-12-03' },
    ])
    // the list price as answered for the first line, the price typed for the second
    expect(await desk().desk.query('select unit_price from order_lines order by line_no')).toEqual([{ unit_price: 2100 }, { unit_price: 1750 }])
  })

  it('on a terminal, no at the confirmation records nothing (cancelled, exit 130)', async () => {
    const { s } = desk().session('li', { answers: [false] })
    expect(await failure(run(options(schema, { customer: 'ALFKI', item: ['NW-011=5'] }), s))).toMatchObject({ exitCode: 130 })
    expect(asked(s.prompt)).toEqual(['Record this inquiry for ALFKI?'])
    expect(await desk().desk.query('select count(*) as n from orders')).toEqual([{ n: 0 }])
  })
})
