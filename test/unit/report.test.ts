import stringWidth from 'string-width'
import { describe, expect, it } from 'vitest'
import { reportDate, reportFormat } from '../../src/cli/commands/report/status.js'
import { csvField } from '../../src/domain/csv-field.js'
import { msg } from '../../src/domain/message.js'
import { installWords, t } from '../../src/messages/index.js'
import { activityByUser, deliveryStats, flowFigures, pipeline, ratio, reportDates } from '../../src/read/report/figures.js'
import type { StatusReport } from '../../src/read/report/model.js'
import { actionList } from '../../src/read/report/needs-action.js'
import { renderCsv } from '../../src/render/report/csv.js'
import { renderHtml } from '../../src/render/report/html.js'
import { sparkline, table, truncate, wrap } from '../../src/render/report/layout.js'
import { mdCell } from '../../src/render/report/md-cell.js'
import { inlineSql } from '../../src/render/report/sql.js'
import { esc, niceScale } from '../../src/render/report/svg.js'
import { renderText } from '../../src/render/report/text.js'

installWords()


describe('report dates', () => {
  it('month start, the day before, offers cut-off, 30-day window, overdue bucket bounds', () => {
    expect(reportDates('2026-03-01')).toEqual({
      monthStart: '2026-03-01',
      dayBefore: '2026-02-28',
      offersCheckedAfter: '2026-02-26',
      windowFrom: '2026-01-31',
      bucketBounds: ['2026-02-26', '2026-02-22', '2026-01-30'],
    })
  })

  it('the heading date is plain English whatever the locale', () => {
    const longDate = (date: string) => t(msg('report.longDate', { date }))
    expect(longDate('2026-11-26')).toBe('Thursday, 26 November 2026')
    expect(longDate('2024-02-29')).toBe('Thursday, 29 February 2024')
  })

  it('--date: a date, today, yesterday, -N; never after today', () => {
    expect(reportDate(undefined, '2026-11-26')).toBe('2026-11-26')
    expect(reportDate('yesterday', '2026-11-26')).toBe('2026-11-25')
    expect(reportDate('-30', '2026-11-26')).toBe('2026-10-27')
    expect(reportDate('2026-02-28', '2026-11-26')).toBe('2026-02-28')
    expect(() => reportDate('+1', '2026-11-26')).toThrow('invalid --date "+1": must not be after today (2026-11-26)')
    expect(() => reportDate('2026-02-30', '2026-11-26')).toThrow('invalid --date "2026-02-30": must be a date YYYY-MM-DD')
  })

  it('--format, else the --out extension, else json with --json, else text', () => {
    expect(reportFormat(undefined, undefined, false)).toBe('text')
    expect(reportFormat(undefined, undefined, true)).toBe('json')
    expect(reportFormat(undefined, '/srv/r/status.HTML', false)).toBe('html')
    expect(reportFormat(undefined, 'x.htm', false)).toBe('html')
    expect(reportFormat(undefined, 'x.md', true)).toBe('md')
    expect(reportFormat(undefined, 'x.txt', false)).toBe('text')
    expect(reportFormat(undefined, 'report', false)).toBe('text')
    expect(reportFormat('CSV', 'x.html', false)).toBe('csv')
    expect(reportFormat('markdown', undefined, false)).toBe('md')
    expect(() => reportFormat(undefined, 'x.pdf', false)).toThrow('cannot tell the format from ".pdf"')
    expect(() => reportFormat('xml', undefined, false)).toThrow('invalid --format "xml": must be one of text, md, html, json, csv')
  })

  it('--sql writes the parameters into the statements', () => {
    expect(inlineSql({ sql: 'select ? as a, ? as b, ? as c', parameters: ["it's", 3, null] } as never)).toBe("select 'it''s' as a, 3 as b, NULL as c;")
    expect(inlineSql({ sql: 'select $2, $1', parameters: ['x', 'y'] } as never)).toBe("select 'y', 'x';")
  })
})

describe('report figures', () => {
  it('ratio: four places, null without a whole', () => {
    expect(ratio(1, 3)).toBe(0.3333)
    expect(ratio(0, 0)).toBeNull()
  })

  it('delivery: on-time rate and the exact average lead time', () => {
    expect(
      deliveryStats([
        { orderDate: '2026-11-02', deliveredDate: '2026-11-14', onTime: true, orders: 2 },
        { orderDate: '2026-10-29', deliveredDate: '2026-11-07', onTime: false, orders: 1 },
      ]),
    ).toEqual({ completed: 3, onTime: 2, late: 1, onTimeRate: 0.6667, averageLeadDays: 11 })
    expect(deliveryStats([])).toEqual({ completed: 0, onTime: 0, late: 0, onTimeRate: null, averageLeadDays: null })
  })

  it('flow: the day, month to date (not the days before the month), and every day of the window', () => {
    const row = (date: string, n: number) => ({ date, inquiries: n, contracts: 1, confirmations: 0, shipments: 0, deliveries: n - 1 })
    const f = flowFigures([row('2026-10-30', 5), row('2026-11-01', 2), row('2026-11-03', 3)], '2026-11-03', '2026-11-01', '2026-10-30')
    expect(f.day).toEqual({ inquiries: 3, contracts: 1, confirmations: 0, shipments: 0, deliveries: 2 })
    expect(f.monthToDate).toEqual({ inquiries: 5, contracts: 2, confirmations: 0, shipments: 0, deliveries: 3 })
    expect(f.trend).toEqual([
      { date: '2026-10-30', intake: 5, deliveries: 4 },
      { date: '2026-10-31', intake: 0, deliveries: 0 },
      { date: '2026-11-01', intake: 2, deliveries: 1 },
      { date: '2026-11-02', intake: 0, deliveries: 0 },
      { date: '2026-11-03', intake: 3, deliveries: 2 },
    ])
  })

  it('activity: clerks first, then by role, unknown actors last; actions busiest first', () => {
    const users = activityByUser([
      { actor: 'root', role: null, action: 'init.demo', events: 1 },
      { actor: 'wu', role: 'finance', action: 'payment.record', events: 2 },
      { actor: 'li', role: 'clerk', action: 'stock.check', events: 1 },
      { actor: 'li', role: 'clerk', action: 'inquiry.new', events: 3 },
      { actor: 'chen', role: 'clerk', action: 'inquiry.new', events: 1 },
      { actor: 'wang', role: 'manager', action: 'order.confirm', events: 1 },
    ])
    expect(users.map((u) => `${u.user}:${u.events}`)).toEqual(['chen:1', 'li:4', 'wang:1', 'wu:2', 'root:1'])
    expect(users[1]!.actions).toEqual([
      { action: 'inquiry.new', events: 3 },
      { action: 'stock.check', events: 1 },
    ])
  })

  it('pipeline: every status in lifecycle order, unknown ones after; open excludes lost, completed, cancelled', () => {
    const p = pipeline([
      { status: 'completed', orders: 2, value: 500 },
      { status: 'inquiry', orders: 1, value: 100 },
      { status: 'on_hold', orders: 1, value: 7 },
    ])
    expect(p.statuses.map((s) => s.status)).toEqual([
      'inquiry', 'offered', 'lost', 'contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled', 'on_hold',
    ])
    expect(p.open).toEqual({ orders: 2, value: 107 })
    expect(p.total).toEqual({ orders: 4, value: 607 })
  })

  it('a needs-action list: who acts, age from its start (never negative), its facts; truncated when more than listed', () => {
    const row = { order: '26-00001', customerCode: 'ALFKI', customerName: 'Alfreds', rush: false, since: '2026-11-20', ref: null, amount: 6300, due: '2026-11-25', who: null, note: '30' }
    const l = actionList('paymentPastDue', { count: 3, rows: [row, { ...row, since: '2026-11-27' }] }, '2026-11-26', 2)
    expect(l).toMatchObject({ key: 'paymentPastDue', owner: 'clerk', count: 3, truncated: true })
    expect(l.items.map((i) => i.ageDays)).toEqual([6, 0])
    expect(l.items[0]!.facts).toEqual({ amount: 6300, due: '2026-11-25', who: null, note: '30' })
    expect(actionList('paymentPastDue', { count: 2, rows: [row, row] }, '2026-11-26', 0).truncated).toBe(false)
    expect(actionList('changesWaiting', { count: 0, rows: [] }, '2026-11-26', 2).owner).toBe('mcOrCustomer')
  })

  it("a list's words are the catalogue's: its title, who acts, an item's detail and the command to run", () => {
    const facts = { amount: 6300, due: '2026-11-25', who: null, note: '30' }
    expect(t(msg('report.listTitle', { list: 'paymentPastDue' }))).toBe('Payments past due')
    expect(t(msg('report.owner', { owner: 'mcOrCustomer' }))).toBe('mc / customer')
    expect(t(msg('report.itemDetail', { list: 'paymentPastDue', facts }))).toBe('deposit short by 63.00 (30 %), due 2026-11-25')
    expect(t(msg('report.itemNext', { list: 'paymentPastDue', order: '26-00001', ref: null, facts }))).toBe('orderdesk payment record 26-00001 --amount 63.00')
    const change = { amount: null, due: null, who: null, note: 'pending_mc' }
    expect(t(msg('report.itemNext', { list: 'changesWaiting', order: '26-00001', ref: '26-00001-CR1', facts: change }))).toBe(
      'orderdesk change decide 26-00001-CR1 --mc agree|refuse',
    )
    expect(t(msg('report.head', { head: 'averageRating', format: 'text', date: '2026-11-26' }))).toBe('Avg rating')
    expect(t(msg('report.head', { head: 'averageRating', format: 'html', date: '2026-11-26' }))).toBe('Average rating')
  })
})

describe('report renderings', () => {
  it('csv fields: quoted when needed, formulas defused', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`)
    expect(csvField(null)).toBe('')
    expect(csvField(0)).toBe('0')
  })

  it('markdown cells escape pipes and line breaks', () => {
    expect(mdCell('a | b\nc')).toBe('a \\| b c')
  })

  it('markdown cells show data as text: HTML as entities, Markdown marks escaped (issue 16 §8)', () => {
    expect(mdCell('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(mdCell('A&B *x* _y_ `z` [l](http://e) ~s~ \\')).toBe('A&amp;B \\*x\\* \\_y\\_ \\`z\\` \\[l\\](http://e) \\~s\\~ \\\\')
  })

  it('text layout: display width of Chinese text, truncation, tables that fit, wrapping, sparklines', () => {
    expect(truncate('北京烤鸭有限公司', 7)).toBe('北京烤…')
    expect(stringWidth(truncate('北京烤鸭有限公司', 7))).toBeLessThanOrEqual(7)
    expect(truncate('short', 10)).toBe('short')
    const lines = table([{ head: 'Name', flex: true }, { head: 'N', align: 'right' }], [['x'.repeat(200), '1']], { max: 40, indent: 2 })
    expect(lines.every((l) => stringWidth(l) <= 40)).toBe(true)
    expect(lines[2]).toMatch(/^ {2}x+…  1$/)
    expect(wrap('one two three four', 9)).toEqual(['one two', 'three', 'four'])
    expect(sparkline([0, 1, 4, 8])).toBe(' ▁▄█')
  })

  it('wrapping Chinese: between characters, never before a closing mark or after an opening one, never inside a number', () => {
    // "已完成订单 2 个" would fit 15 columns, but "；" goes with "个" and would not
    expect(wrap('已完成订单 2 个；准时 1 个。', 15)).toEqual(['已完成订单 2', '个；准时 1 个。'])
    expect(wrap('逾期订单（¥805.46）共计', 12)).toEqual(['逾期订单', '（¥805.46）', '共计'])
    expect(wrap('准时率 50.0 %；平均', 10)).toEqual(['准时率', '50.0 %；平', '均'])
    expect(wrap('物控zhao承诺', 6)).toEqual(['物控', 'zhao承', '诺'])
    // English wraps at spaces only, as it always did
    expect(wrap('on-time rate 50.0 %; average lead time', 20)).toEqual(['on-time rate 50.0 %;', 'average lead time'])
  })

  it('svg helpers: round axis scales, escaping', () => {
    expect(niceScale(0)).toEqual({ top: 1, step: 1 })
    expect(niceScale(3)).toEqual({ top: 3, step: 1 })
    expect(niceScale(37)).toEqual({ top: 40, step: 10 })
    expect(niceScale(1234)).toEqual({ top: 1500, step: 500 })
    expect(esc(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })

  it('text stays within 100 columns with long and Chinese names; html and csv escape them', () => {
    const r = sample()
    const text = renderText(r)
    expect(Math.max(...text.split('\n').map((l) => stringWidth(l)))).toBeLessThanOrEqual(100)
    expect(text).toContain('北京烤鸭有限公司')
    const html = renderHtml(r)
    expect(html).toContain('<span class="muted">北京烤鸭有限公司 &lt;总部&gt; &amp; 分公司')
    expect(html).not.toContain('<总部>')
    expect(renderCsv(r).split('\r\n')[1]).toBe(
      'inquiriesNotChecked,clerk,26-00001,,BJKY,北京烤鸭有限公司 <总部> & 分公司 “very long name indeed” Ltd.,1,2026-11-20,6,"total 12345.00, requested 2026-12-05",orderdesk stock check 26-00001',
    )
  })
})

/** A report with awkward data: long Chinese names, big money, every list filled. */
function sample(): StatusReport {
  const name = '北京烤鸭有限公司 <总部> & 分公司 “very long name indeed” Ltd.'
  const facts = { amount: 1234500, due: '2026-12-05', who: null, note: null }
  const item = { order: '26-00001', customer: 'BJKY', customerName: name, ref: null, rush: true, since: '2026-11-20', ageDays: 6, facts }
  const flow = { inquiries: 1, contracts: 2, confirmations: 3, shipments: 4, deliveries: 5 }
  return {
    date: '2026-11-26',
    generatedAt: '2026-11-26T22:00:00.000Z',
    monthStart: '2026-11-01',
    window: { from: '2026-10-28', to: '2026-11-26' },
    limit: 50,
    pipeline: pipeline([{ status: 'inquiry', orders: 123456, value: 123456789012 }]),
    flow: { day: flow, monthToDate: flow },
    needsAction: {
      total: 2,
      lists: [
        { key: 'inquiriesNotChecked', owner: 'clerk', count: 1, truncated: false, items: [item] },
        {
          key: 'changesWaiting',
          owner: 'mcOrCustomer',
          count: 1,
          truncated: false,
          items: [{ ...item, ref: '26-00001-CR12', facts: { ...facts, note: `a very long status ${'x'.repeat(120)}` } }],
        },
      ],
    },
    overdue: { orders: 0, value: 0, buckets: [{ label: '1-3', minDays: 1, maxDays: 3, orders: 0, value: 0 }] },
    delivery: { completed: 0, onTime: 0, late: 0, onTimeRate: null, averageLeadDays: null },
    money: { day: { contracted: 1, contracts: 1, received: 2, invoiced: 3 }, monthToDate: { contracted: 99999999999, contracts: 9999, received: 5, invoiced: 6 }, receivable: 7 },
    production: { users: [{ user: 'zhao', open: 1, done: 0, onTime: 0, onTimeRate: null, rated: 0, averageRating: null }] },
    activity: {
      events: 40,
      users: [{ user: '李娜', role: 'clerk', events: 40, actions: Array.from({ length: 12 }, (_, i) => ({ action: `some.long.action.name${i}`, events: 40 - i })) }],
    },
    trend: [{ date: '2026-11-26', intake: 3, deliveries: 1 }],
    auditHead: { id: 7, hash: 'a'.repeat(64) },
  }
}
