import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { run as reportStatus, type Options } from '../../src/cli/commands/report/status.js'
import { buildStatusReport } from '../../src/read/report/build.js'
import type { StatusReport } from '../../src/read/report/model.js'
import { renderCsv } from '../../src/render/report/csv.js'
import { renderMarkdown } from '../../src/render/report/md.js'
import { inProcessDesk } from '../helpers/in-process.js'

/**
 * The status report built in this process on a small desk (the demo data and two orders a
 * clerk took through the cli), then rendered: the model holds codes and facts, the words come
 * from the catalogue in every format. On both backends.
 */
type D = Awaited<ReturnType<typeof inProcessDesk>>
let d: D
/** An inquiry of 2026-11-24 nobody has stock-checked, and a contract of 2026-11-25 waiting for its 30 % deposit. */
let inquiry: string
let contract: string

beforeAll(async () => {
  d = await inProcessDesk()
  const on = (date: string) => ({ env: { ORDERDESK_TODAY: date } })
  inquiry = (await d.desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--rush'], on('2026-11-24'))).order.number
  contract = (await d.desk.json(['inquiry', 'new', '--customer', 'BLAUS', '--item', 'NW-001=10'], on('2026-11-25'))).order.number
  await d.desk.json(['stock', 'check', contract], on('2026-11-25'))
  await d.desk.json(['contract', 'sign', contract, '--payment-method', 'transfer', '--payment-due', '2026-12-02', '--deposit', '30'], on('2026-11-25'))
}, 120_000)

afterAll(async () => {
  await d?.close()
  d?.desk.cleanup()
})

const model = (): Promise<StatusReport> => buildStatusReport(d.store.db, { date: '2026-11-26', limit: 50, now: '2026-11-26T22:00:00.000Z' })

describe('report status, in-process', () => {
  it('the model holds codes and facts: the lists by key, who acts by code, the figures in minor units', async () => {
    const r = await model()
    expect(r.pipeline.open).toEqual({ orders: 2, value: expect.any(Number) })
    expect(r.needsAction.total).toBe(2)
    const byKey = Object.fromEntries(r.needsAction.lists.map((l) => [l.key, l]))
    expect(byKey.inquiriesNotChecked).toMatchObject({
      owner: 'clerk',
      count: 1,
      truncated: false,
      items: [{ order: inquiry, customer: 'ALFKI', rush: true, since: '2026-11-24', ageDays: 2, facts: { amount: expect.any(Number), due: null, who: null, note: null } }],
    })
    expect(byKey.awaitingPayment).toMatchObject({ owner: 'clerk', count: 1, items: [{ order: contract, since: '2026-11-25', facts: { due: '2026-12-02', note: '30' } }] })
    expect(JSON.stringify(r)).not.toMatch(/orderdesk |Inquiries not/)
  })

  it('renders Markdown and CSV from the one model, in the words of the catalogue', async () => {
    const r = await model()
    const md = renderMarkdown(r)
    expect(md).toMatch(/^# Status report — Thursday, 26 November 2026\n/)
    expect(md).toContain('## Needs action (2)')
    expect(md).toContain('### Inquiries not stock-checked after a day (1)')
    expect(md).toMatch(new RegExp(`\\| ${inquiry} \\(rush\\) \\| ALFKI Alfreds Futterkiste \\| 2 d \\| total [\\d.]+ \\| \`orderdesk stock check ${inquiry}\` \\|`))
    const rows = renderCsv(r).split('\r\n')
    expect(rows[0]).toBe('list,owner,order,ref,customer,customer_name,rush,since,age_days,detail,next')
    expect(rows[1]).toMatch(new RegExp(`^inquiriesNotChecked,clerk,${inquiry},,ALFKI,Alfreds Futterkiste,1,2026-11-24,2,total [\\d.]+,orderdesk stock check ${inquiry}$`))
    expect(rows[2]).toMatch(new RegExp(`^awaitingPayment,clerk,${contract},,BLAUS,Blauer See Delikatessen,0,2026-11-25,1,"deposit short by [\\d.]+ \\(30 %\\), due 2026-12-02",orderdesk payment record ${contract} --amount [\\d.]+$`))
    expect(rows.length).toBe(4)
  })

  it('run(): the JSON report on stdout, the same figures as the model', async () => {
    const { s, stdout, stderr } = d.session('wang', { json: true })
    const opts: Options = { date: undefined, format: undefined, out: undefined, limit: 50, sql: false }
    await reportStatus(opts, s)
    const j = JSON.parse(stdout.text)
    expect(j).toMatchObject({ report: 'status', date: '2026-11-26', limit: 50, needsAction: { total: 2 } })
    expect(j.needsAction.lists[0]).toMatchObject({ key: 'inquiriesNotChecked', title: 'Inquiries not stock-checked after a day', owner: 'clerk', count: 1 })
    expect(j.needsAction.lists[0].items[0]).toMatchObject({ order: inquiry, next: `orderdesk stock check ${inquiry}` })
    expect(stderr.text).toBe('')
  })

  it('run() with --sql: the statements of the report, one script', async () => {
    const { s, stdout } = d.session('wang')
    await reportStatus({ date: 'yesterday', format: undefined, out: undefined, limit: 1, sql: true }, s)
    expect(stdout.text).toMatch(/^-- orderdesk report status --date 2026-11-25: the \d+ queries it runs, in one read transaction\nBEGIN;\n/)
    expect(stdout.text).toMatch(/\nCOMMIT;\n$/)
  })
})
