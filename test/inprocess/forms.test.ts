import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { options, run as printCommand } from '../../src/cli/commands/print/form.js'
import { FORM_KINDS } from '../../src/domain/forms.js'
import { loadForm } from '../../src/read/forms/load-form.js'
import { FORM_READERS } from '../../src/read/forms/registry.js'
import { FORM_LAYOUTS } from '../../src/render/forms/registry.js'
import { renderForm } from '../../src/render/forms/render-form.js'
import { northwind } from '../../src/demo/demo-data.js'
import { DEMO_PIN, TODAY } from '../helpers/cli.js'
import { inProcessDesk } from '../helpers/in-process.js'

/**
 * The printed forms in-process: read through the registry (src/read/forms), laid out through
 * the registry (src/render/forms), and the `print` command's run() with a session of its own.
 * One desk, set up once through the cli (the forms only read it): A contracted from stock,
 * B made to order, confirmed, shipped in two parts.
 */
type D = Awaited<ReturnType<typeof inProcessDesk>>
let d: D
let A: string
let B: string
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

beforeAll(async () => {
  d = await inProcessDesk()
  const ok = (args: string[], o?: { user?: string; env?: Record<string, string> }) => d.desk.json(args, o)
  A = (await ok(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=10', '--source-ref', 'REC-0042'])).order.number
  await ok(['stock', 'check', A])
  await ok(['contract', 'sign', A, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '30'])
  B = (await ok(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-006=6', '--item', 'NW-022=4'])).order.number
  await ok(['stock', 'check', B])
  await ok(['contract', 'sign', B, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  await ok(['order', 'confirm', B], manager)
  await ok(['ship', B, '--date', '2026-11-27', '--item', 'NW-006=2', '--allow-unpaid', '--reason', 'trusted customer'], manager)
  await ok(['ship', B, '--date', '2026-11-29', '--item', 'NW-006=4', '--allow-unpaid', '--reason', 'second part'], manager)
}, 120_000)
afterAll(async () => {
  await d?.close()
  d?.desk.cleanup()
})

describe('the forms registry', () => {
  it('has a reader and a layout for every form, and the numbers name their form', () => {
    expect(Object.keys(FORM_READERS)).toEqual([...FORM_KINDS])
    expect(Object.keys(FORM_LAYOUTS)).toEqual([...FORM_KINDS])
    expect(Object.fromEntries(FORM_KINDS.map((k) => [k, FORM_READERS[k].prefix]))).toEqual({
      inquiry: null,
      quotation: 'QT',
      confirmation: 'OC',
      contract: 'CT',
      'sales-order': 'SO',
      'production-order': 'MO',
      'change-form': 'CF',
      'outbound-slip': 'OS',
    })
  })

  it('reads a contract and lays it out: the latest contract of the order, as it stands', async () => {
    const f = await loadForm(d.store.db, 'contract', A, TODAY)
    if (f.form !== 'contract') throw new Error(`read a ${f.form}`)
    expect(f.number).toBe(`${A}-CT1`)
    expect(f.contract).toMatchObject({ amended: false, supersededBy: null, total: 28500, paymentMethod: 'transfer', depositPct: 30 })
    expect(f.contract.lines.map((l) => [l.no, l.sku, l.qty, l.amount])).toEqual([
      [1, 'NW-011', 5, 10500],
      [2, 'NW-001', 10, 18000],
    ])
    expect(f.remarks).toEqual([])
    const text = renderForm(f, 'text')
    expect(text).toContain('销售合同   SALES CONTRACT')
    expect(text).toContain(`No. 合同编号 ${A}-CT1`)
    expect(text).toContain('Amount in words 大写金额  人民币 贰佰捌拾伍元整')
    expect(text).toContain('Deposit 定金       30 % = 85.50')
    const html = renderForm(f, 'html')
    expect(html).toContain('<h1>销售合同<span class="en">Sales Contract</span></h1>')
    expect(html).toContain('<td class="num">285.00</td>')
  })

  it('reads the latest of two outbound slips (with a remark naming the other) or the one numbered', async () => {
    const latest = await loadForm(d.store.db, 'outbound-slip', B, TODAY)
    if (latest.form !== 'outbound-slip') throw new Error(`read a ${latest.form}`)
    expect(latest.number).toBe(`${B}-OS2`)
    expect(latest.lines.map((l) => [l.sku, l.qty])).toEqual([['NW-006', 4]])
    expect(latest.remarks).toEqual([{ key: 'form.latestOfSeveral', params: { form: 'outbound-slip', order: B, latest: `${B}-OS2`, others: [`${B}-OS1`] } }])
    const first = await loadForm(d.store.db, 'outbound-slip', `${B}-os1`, TODAY)
    expect([first.number, first.remarks]).toEqual([`${B}-OS1`, []])
    const text = renderForm(first, 'text')
    expect(text).toContain('货物出库单   GOODS OUTBOUND SLIP')
    expect(text).toMatch(/Ship date 发货日期 +2026-11-27/)
    expect(text).toContain('Unpaid release 欠款放行  approved by Wang Fang (wang): trusted customer')
  })

  it('refuses what is not there with the words of the catalogue', async () => {
    await expect(loadForm(d.store.db, 'outbound-slip', A, TODAY)).rejects.toThrow(
      `no outbound slip for order ${A} yet: it is contracted; the outbound slip is issued when the goods are in the warehouse and the payment is confirmed`,
    )
    await expect(loadForm(d.store.db, 'production-order', B, TODAY)).rejects.toThrow(`order ${B} has no production order: every line was supplied from stock`)
    await expect(loadForm(d.store.db, 'contract', `${B}-OS1`, TODAY)).rejects.toThrow(
      `invalid ref "${B}-OS1": that is an outbound slip, not a contract; print it with \`orderdesk print outbound-slip ${B}-OS1\``,
    )
    await expect(loadForm(d.store.db, 'sales-order', `${A}-SO1`, TODAY)).rejects.toThrow(
      `no sales order for order ${A} yet: it is contracted; a manager signs it once the deposit has arrived: \`orderdesk order confirm ${A}\``,
    )
    await expect(loadForm(d.store.db, 'quotation', `${A}-QT7`, TODAY)).rejects.toThrow(`quotation "${A}-QT7" not found (only the current one, ${A}-QT1, can be printed)`)
    await expect(loadForm(d.store.db, 'contract', '26-09999', TODAY)).rejects.toThrow('order "26-09999" not found (see `orderdesk order list`)')
  })
})

describe('print, in-process', () => {
  it('run() prints the form on stdout, the remarks on stderr; an issued slip keeps the letterhead it was issued with', async () => {
    await d.desk.run(['settings', 'unset', 'company.name'], manager)
    const { s, stdout, stderr } = d.session('li')
    await printCommand(options({ form: 'outbound-slip', ref: B, format: undefined, out: undefined }, null), s)
    await d.desk.run(['settings', 'set', 'company.name', northwind.company['company.name']!], manager)
    expect(stdout.text).toContain(`No. 出库单号 ${B}-OS2`)
    expect(stderr.text).toContain(`order ${B} has 2 outbound slips; this is the latest, ${B}-OS2 (the others: ${B}-OS1)`)
    // issue 19: OS2 was issued with the letterhead, and its stored copy prints as issued
    expect(stderr.text).not.toContain('company.name is not set')
    expect(stdout.text).toContain(northwind.company['company.name']!)
  })

  it('--json: what was printed, with the content', async () => {
    const { s, stdout } = d.session('li', { json: true })
    await printCommand(options({ form: 'quotation', ref: A, format: 'html', out: undefined }, null), s)
    const out = JSON.parse(stdout.text)
    expect(out).toMatchObject({ form: 'quotation', ref: A, document: `${A}-QT1`, order: A, format: 'html', out: null })
    expect(out.content).toContain('<title>报价单 Quotation')
  })

  it('an unknown form is refused before anything is read', () => {
    expect(() => options({ form: 'invoice', ref: A, format: undefined, out: undefined }, null)).toThrow(
      'invalid form "invoice": must be one of inquiry, quotation, confirmation, contract, sales-order, production-order, change-form, outbound-slip',
    )
  })
})
