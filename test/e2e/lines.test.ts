import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19, bullets 4 and 5: one line per product (a repeated sku merged, from flags and from
 * imports), changes by line number, a zero price only with --free --reason, and an order of
 * nothing due is `nothing_due`, not `paid`. NW-011 (Queso Cabrales) lists at 21.00.
 */
let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const lines = (o: any) => o.lines.map((l: any) => [l.lineNo, l.sku, l.qty, l.amount])
const show = (n: string) => desk.json(['order', 'show', n])

/** An inquiry taken to a signed contract (no deposit). */
async function contracted(items: string[], extra: string[] = []): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i]), ...extra])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  return n
}

describe('one line per product', () => {
  it('the same sku twice is one line of 8, with a notice (human and --json)', async () => {
    const r = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-011=3'])
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toContain('! NW-011 was given 2 times (5 + 3): one line of 8')
    const n = r.stdout.trim()
    const o = await show(n)
    expect(lines(o)).toEqual([[1, 'NW-011', 8, '168.00']])
    expect(o.total).toBe('168.00')
    expect(o.events[0].data).toMatchObject({ lines: [{ sku: 'NW-011', qty: 8 }], merged: [{ sku: 'NW-011', qty: 8, parts: [5, 3] }] })

    const j = await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=1', '--item', 'NW-011=3@21.00'])
    expect(j.mergedLines).toEqual([{ sku: 'NW-011', qty: 8, parts: [5, 3] }])
    expect(lines(j.order)).toEqual([[1, 'NW-011', 8, '168.00'], [2, 'NW-001', 1, '18.00']])
    expect((await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])).mergedLines).toEqual([])
  })

  it('the notice is in Chinese on a Chinese desk', async () => {
    const r = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-011=3', '--lang', 'zh-CN'])
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toContain('NW-011 录入了 2 次（5 + 3），已合并为一行，数量 8')
  })

  it('the same sku at two prices is refused, naming both (exit 2, nothing written)', async () => {
    const r = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-011=3@19'])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain('invalid item "NW-011": NW-011 is given twice at different prices, 21.00 and 19.00')
    expect(await desk.json(['order', 'list'])).toEqual([])
  })

  it('a later change of that line gives 84.00 (not 147.00)', async () => {
    const n = await contracted(['NW-011=5', 'NW-011=3'])
    const r = await desk.json(['change', 'request', n, '--item', 'NW-011=4', '--source-ref', 'REC-1'])
    expect(r.change).toMatchObject({ lines: [{ sku: 'NW-011', from: 8, to: 4, lineNo: 1 }], total: { from: '168.00', to: '84.00' } })
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(a.order.total).toBe('84.00')
    expect(lines(a.order)).toEqual([[1, 'NW-011', 4, '84.00']])
  })
})

describe('change request --line <n>=<qty>[@<price>]', () => {
  it('changes the line by its number, with a price like --item', async () => {
    const n = await contracted(['NW-011=5', 'NW-001=2'])
    const r = await desk.json(['change', 'request', n, '--line', '2=3@17.50', '--source-ref', 'REC-2'])
    expect(r.change.lines).toEqual([expect.objectContaining({ lineNo: 2, sku: 'NW-001', from: 2, to: 3, unitPrice: '17.50' })])
    const a = await desk.json(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect(lines(a.order)).toEqual([[1, 'NW-011', 5, '105.00'], [2, 'NW-001', 3, '52.50']])
    expect(a.order.events.find((e: any) => e.action === 'change.request').data.items).toEqual([{ sku: 'NW-001', qty: 3, price: 1750, line: 2 }])
  })

  it('refuses an unknown line number, a bad value, and the same line twice (exit 2, no change)', async () => {
    const n = await contracted(['NW-011=5', 'NW-001=2'])
    const unknown = await desk.run(['change', 'request', n, '--line', '3=1', '--source-ref', 'R'])
    expect(unknown.exitCode).toBe(2)
    expect(unknown.stderr).toContain('invalid line "3": the order has no such line (its lines: 1, 2')
    const bad = await desk.run(['change', 'request', n, '--line', 'NW-011=1', '--source-ref', 'R'])
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain('invalid line "NW-011=1": must be <line no.>=<qty>')
    const twice = await desk.run(['change', 'request', n, '--item', 'NW-011=6', '--line', '1=7', '--source-ref', 'R'])
    expect(twice.exitCode).toBe(2)
    expect(twice.stderr).toContain('line 1 is given twice')
    expect((await show(n)).changes).toEqual([])
  })

  it('an older order with a product on two lines: --item asks which, --line changes just that one', async () => {
    const n = await contracted(['NW-011=5', 'NW-001=3'])
    // as an order taken before issue 19 could be: the same product on lines 1 and 2
    const [{ id }] = await desk.query('select id from products where sku = ?', ['NW-011'])
    await desk.query('update order_lines set product_id = ?, unit_price = 2100, amount = 6300 where line_no = 2 and order_id = (select id from orders where number = ?)', [id, n])
    const which = await desk.run(['change', 'request', n, '--item', 'NW-011=4', '--source-ref', 'R'])
    expect(which.exitCode).toBe(2)
    expect(which.stderr).toContain('NW-011 is on lines 1 and 2 of this order: say which with --line <n>=<qty>')
    const r = await desk.json(['change', 'request', n, '--line', '2=0', '--source-ref', 'R'])
    expect(r.change.lines).toEqual([expect.objectContaining({ lineNo: 2, sku: 'NW-011', from: 3, to: 0 })])
  })
})

describe('import orders: a repeated sku in one order', () => {
  it('is merged into one line and reported in the summary; at another price the order is rejected', async () => {
    const file = join(desk.dir, 'calls.csv')
    writeFileSync(
      file,
      ['ext_ref,customer,sku,qty,unit_price', 'PH-1,ALFKI,NW-011,5,', 'PH-1,ALFKI,NW-001,1,', 'PH-1,ALFKI,NW-011,3,21.00', 'PH-2,ALFKI,NW-011,2,', 'PH-2,ALFKI,NW-011,2,19.00', ''].join('\n'),
    )
    const text = await desk.run(['import', 'orders', file, '--dry-run'])
    expect(text.stdout).toMatch(/Merged lines\s+1 product on more than one row, in 1 order: one line each/)
    expect(text.stdout).toMatch(/PH-1\s+NW-011\s+2, 4\s+8/)
    expect(text.stdout).toContain('the product is on line 5 of this order at 21.00, here at 19.00: one line per product, at one price')
    const r = await desk.run(['import', 'orders', file, '--json'])
    expect(r.exitCode).toBe(2) // PH-2 rejected
    const s = JSON.parse(r.stdout)
    expect(s).toMatchObject({ ordersImported: 1, linesImported: 2, total: '186.00', rejectedCount: 1, mergedCount: 1 })
    expect(s.merged).toEqual([{ ref: 'PH-1', sku: 'NW-011', lines: [2, 4], qty: 8 }])
    expect(s.rejected[0]).toMatchObject({ ref: 'PH-2', problems: [{ line: 6, column: 'unit_price', value: '19.00' }] })
    const o = await show(s.firstNumber)
    expect(lines(o)).toEqual([[1, 'NW-011', 8, '168.00'], [2, 'NW-001', 1, '18.00']])
  })

  it('a zero price is not imported', async () => {
    const file = join(desk.dir, 'free.csv')
    writeFileSync(file, ['ext_ref,customer,sku,qty,unit_price,discount', 'F-1,ALFKI,NW-011,5,0,', 'F-2,ALFKI,NW-011,5,,100%', ''].join('\n'))
    const r = await desk.run(['import', 'orders', file, '--json'])
    expect(r.exitCode).toBe(2)
    const s = JSON.parse(r.stdout)
    expect(s).toMatchObject({ ordersImported: 0, rejectedCount: 2 })
    expect(s.rejected.map((e: any) => e.problems[0].column)).toEqual(['unit_price', 'discount'])
    expect(s.rejected[0].problems[0].reason).toContain('a zero price (goods given free) is not imported')
  })
})

describe('a zero price needs --free --reason', () => {
  it('@0 without --free is refused naming the item and the value (exit 2, nothing written)', async () => {
    const r = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5@0'])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain('invalid price for NW-011 "0.00": a zero price is only for goods given free (samples): add --free --reason <text>')
    expect(await desk.json(['order', 'list'])).toEqual([])
    const noReason = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5@0', '--free'])
    expect(noReason.exitCode).toBe(2)
    expect(noReason.stderr).toContain('must provide `--reason (why the lines are free)`')
    const reasonAlone = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5@0', '--reason', 'samples'])
    expect(reasonAlone.exitCode).toBe(2)
    const nothingFree = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--free', '--reason', 'samples'])
    expect(nothingFree.exitCode).toBe(2)
    expect(nothingFree.stderr).toContain('--free: no line is at a zero price')
    expect(await desk.json(['order', 'list'])).toEqual([])
  })

  it('accepted with --free --reason, audited: the event says which lines are free and why', async () => {
    const r = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-001=2', '--item', 'NW-011=5@0', '--free', '--reason', '样品 for the trade fair'])
    expect(r.exitCode).toBe(0)
    expect(r.stderr).toContain('free of charge: line 2 (样品 for the trade fair)')
    const o = await show(r.stdout.trim())
    expect(o.total).toBe('36.00')
    expect(o.events[0]).toMatchObject({ action: 'inquiry.new', data: { free: { lines: [{ lineNo: 2, sku: 'NW-011', qty: 5 }], reason: '样品 for the trade fair' } } })
  })

  it('a change to @0 needs --free --reason too', async () => {
    const n = await contracted(['NW-011=5'])
    const r = await desk.run(['change', 'request', n, '--item', 'NW-011=5@0', '--source-ref', 'R'])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain('invalid price for NW-011 "0.00"')
    const ok = await desk.json(['change', 'request', n, '--line', '1=5@0', '--source-ref', 'R', '--free', '--reason', 'samples'])
    expect(ok.change.total.to).toBe('0.00')
    const o = await show(n)
    expect(o.events.at(-1)).toMatchObject({ action: 'change.request', data: { free: { lines: [{ lineNo: 1, sku: 'NW-011', qty: 5 }], reason: 'samples' } } })
  })
})

describe('quote reprice to 0', () => {
  it('needs --free --reason too, and the event says so', async () => {
    const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=1'])).order.number
    await desk.json(['stock', 'check', n])
    const r = await desk.run(['quote', 'reprice', n, '--item', 'NW-011=0'])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain('invalid price for NW-011 "0.00": a zero price is only for goods given free')
    const ok = await desk.json(['quote', 'reprice', n, '--item', 'NW-011=0', '--free', '--reason', 'samples'])
    expect(ok.order.total).toBe('18.00')
    expect(ok.order.events.at(-1)).toMatchObject({ action: 'quote.reprice', data: { free: { lines: [{ lineNo: 1, sku: 'NW-011', qty: 5 }], reason: 'samples' } } })
  })
})

describe('an order whose total is 0', () => {
  it('is nothing_due, not paid: in --json, in the view (both languages), and it ships without a payment', async () => {
    const n = await contracted(['NW-011=5@0'], ['--free', '--reason', 'samples'])
    const o = await show(n)
    expect(o).toMatchObject({ total: '0.00', paid: '0.00', paymentStatus: 'nothing_due' })
    const view = await desk.run(['order', 'show', n])
    expect(view.stdout).toContain('payment nothing_due')
    expect(view.stdout).not.toContain('payment paid')
    expect((await desk.run(['order', 'show', n, '--lang', 'zh-CN'])).stdout).toContain('付款状态 无需付款')
    await desk.json(['order', 'confirm', n], asManager)
    const shipped = await desk.json(['ship', n, '--date', '2026-11-27'])
    expect(shipped.order).toMatchObject({ status: 'shipping', paymentStatus: 'nothing_due' })
    const slip = await desk.run(['print', 'outbound-slip', `${n}-OS1`])
    expect(slip.stdout).toContain('nothing_due')
  })
})
