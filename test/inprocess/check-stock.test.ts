import { describe, expect, it } from 'vitest'
import { checkStock, previewStockCheck } from '../../src/services/check-stock.js'
import { deskPerTest } from '../helpers/in-process.js'
import { inquiry as take } from '../helpers/intake-steps.js'

const desk = deskPerTest()

const check = (number: string, o: { mcDates?: Record<string, string>; notProducible?: Record<string, string>; useLeadTimes?: boolean } = {}) => ({
  number,
  mcDates: o.mcDates ?? {},
  notProducible: o.notProducible ?? {},
  useLeadTimes: o.useLeadTimes,
})

async function order(number: string) {
  return (await desk().desk.query('select status, revision, promised_date, lost_reason from orders where number = ?', [number]))[0]
}

async function checkEvents(number: string) {
  const rows = await desk().desk.query<{ from_status: string; to_status: string; data: string }>("select from_status, to_status, data from events where action = 'stock.check' and ref = ? order by id", [number])
  return rows.map((r) => ({ from: r.from_status, to: r.to_status, data: JSON.parse(r.data) }))
}

describe('stock check, in-process', () => {
  it('offers with the latest line date: stock for one line, MC’s date for the shortfall of the other; a re-check is offered → offered', async () => {
    const d = desk()
    const n = await take(d, [['NW-011', 5], ['NW-017', 4]])
    const ctx = await d.ctx('li')
    const r = await checkStock(ctx, check(n, { mcDates: { 'NW-017': '2026-12-18' } }))
    expect(r).toMatchObject({ number: n, status: 'offered', promisedDate: '2026-12-18', requestedDate: null, lostReason: null })
    expect(await order(n)).toEqual({ status: 'offered', revision: 2, promised_date: '2026-12-18', lost_reason: null })
    const lines = await d.desk.query('select source, stock_qty, shortfall, line_date from order_lines l join orders o on o.id = l.order_id where o.number = ? order by line_no', [n])
    expect(lines).toEqual([
      { source: 'stock', stock_qty: 5, shortfall: 0, line_date: '2026-11-26' },
      { source: 'production', stock_qty: 0, shortfall: 4, line_date: '2026-12-18' },
    ])

    // again, taking the lead time (21 days for NW-017) instead of MC's date
    expect(await checkStock(ctx, check(n, { useLeadTimes: true }))).toMatchObject({ status: 'offered', promisedDate: '2026-12-17' })
    expect(await checkEvents(n)).toEqual([
      {
        from: 'inquiry',
        to: 'offered',
        data: {
          outcome: 'offered',
          promisedDate: '2026-12-18',
          mcDates: { 'NW-017': '2026-12-18' },
          lines: [
            { sku: 'NW-011', qty: 5, available: 22, shortfall: 0, source: 'stock', date: '2026-11-26' },
            { sku: 'NW-017', qty: 4, available: 0, shortfall: 4, source: 'production', date: '2026-12-18' },
          ],
          // issue 19: the quotation is issued (no approval needed), its stored copy's hash in the event
          documents: [{ form: 'quotation', number: `${n}-QT1`, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) }],
        },
      },
      expect.objectContaining({ from: 'offered', to: 'offered', data: expect.objectContaining({ promisedDate: '2026-12-17', mcDates: {} }) }),
    ])
  })

  it('a shortfall without a date is a missing flag; the preview says which, and neither writes anything', async () => {
    const d = desk()
    const n = await take(d, [['NW-017', 4]])
    const ctx = await d.ctx('li')
    const preview = await previewStockCheck(ctx, check(n))
    expect(preview.check.outcome).toEqual({ kind: 'needs_dates', skus: ['NW-017'] })
    expect(preview.check.lines[0]).toMatchObject({ shortfall: 4, date: null, proposedDate: '2026-12-17' })
    await expect(checkStock(ctx, check(n))).rejects.toMatchObject({
      exitCode: 2,
      message: 'must provide `--mc-date NW-017=<date>` when not running interactively',
    })
    expect(await order(n)).toEqual({ status: 'inquiry', revision: 1, promised_date: null, lost_reason: null })
    expect(await checkEvents(n)).toEqual([])
  })

  it("loses the inquiry when a short product cannot be made: the reason on the order and in the event, in the catalogue's words", async () => {
    const d = desk()
    const n = await take(d, [['NW-011', 1], ['NW-005', 3]])
    const ctx = await d.ctx('li')
    const r = await checkStock(ctx, check(n))
    expect(r).toMatchObject({ status: 'lost', promisedDate: null, lostReason: 'NW-005 is short by 3 and is not producible' })
    expect(await order(n)).toEqual({ status: 'lost', revision: 2, promised_date: null, lost_reason: 'NW-005 is short by 3 and is not producible' })
    expect(await checkEvents(n)).toEqual([
      {
        from: 'inquiry',
        to: 'lost',
        data: expect.objectContaining({ outcome: 'lost', reason: 'NW-005 is short by 3 and is not producible' }),
      },
    ])

    const m = await take(d, [['NW-017', 2]])
    expect(await checkStock(ctx, check(m, { notProducible: { 'NW-017': 'discontinued' } }))).toMatchObject({ status: 'lost', lostReason: 'NW-017 cannot be produced: discontinued' })
  })

  it("refuses MC's answers for skus not on the order, dates before today, and users who may not check", async () => {
    const d = desk()
    const n = await take(d, [['NW-017', 2]])
    const ctx = await d.ctx('li')
    await expect(checkStock(ctx, check(n, { mcDates: { 'NW-001': '2026-12-01' } }))).rejects.toMatchObject({ message: `invalid sku "NW-001": not on order ${n}` })
    await expect(checkStock(ctx, check(n, { mcDates: { 'NW-017': '2026-11-25' } }))).rejects.toMatchObject({
      message: 'invalid mc-date for NW-017 "2026-11-25": must not be before today (2026-11-26)',
    })
    await expect(checkStock(await d.ctx('zhao'), check(n, { useLeadTimes: true }))).rejects.toMatchObject({
      exitCode: 4,
      message: 'zhao is mc; checking stock needs role clerk or manager',
    })
    await expect(previewStockCheck(ctx, check('26-09999'))).rejects.toMatchObject({ exitCode: 3, message: 'order "26-09999" not found (see `orderdesk order list`)' })
    expect(await order(n)).toMatchObject({ status: 'inquiry', revision: 1 })
  })
})
