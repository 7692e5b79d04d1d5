import { describe, expect, it } from 'vitest'
import { run, schema } from '../../src/cli/commands/stock/check.js'
import { deskPerTest, type scriptedPrompter } from '../helpers/in-process.js'
import { failure, options, takeInquiry } from '../helpers/in-process-cli.js'

const desk = deskPerTest()

const asked = (p: unknown) => (p as ReturnType<typeof scriptedPrompter>).asked
const order = async (n: string) => (await desk().desk.query('select status, promised_date, lost_reason from orders where number = ?', [n]))[0]

describe('stock check, in-process', () => {
  it('stock covers the line: offered for today, with what to tell the customer and the two ways on', async () => {
    const n = await takeInquiry(desk(), ['NW-011=5'])
    const { s, stdout, stderr } = desk().session('li')
    await run(options(schema, {}, { order: n }), s)
    expect(stdout.text).toBe(
      [
        `Stock check for order ${n} (ALFKI Alfreds Futterkiste)`,
        '#  SKU     Product         Ordered  Available  Shortfall  Source  Date',
        '─  ──────  ──────────────  ───────  ─────────  ─────────  ──────  ──────────',
        '1  NW-011  Queso Cabrales        5         22          0  stock   2026-11-26',
        'Tell the customer: we can deliver by 2026-11-26; agree the payment time and method, then sign the contract.',
        '',
      ].join('\n'),
    )
    expect(stderr.text).toBe(
      `✓ order ${n} offered: delivery by 2026-11-26\n` +
        `  next: orderdesk contract sign ${n} --payment-method <m> --payment-due <date>   (customer accepts)\n` +
        `  next: orderdesk inquiry drop ${n} --reason <text>   (customer declines)\n`,
    )
    expect(await order(n)).toEqual({ status: 'offered', promised_date: '2026-11-26', lost_reason: null })
  })

  it("a short line with MC's date from --mc-date: offered for that date; --json has the check", async () => {
    const n = await takeInquiry(desk(), ['NW-011=30'])
    const { s, stdout } = desk().session('li', { json: true })
    await run(options(schema, { mcDate: ['NW-011=2026-12-20'] }, { order: n }), s)
    expect(JSON.parse(stdout.text).check).toEqual({
      outcome: 'offered',
      promisedDate: '2026-12-20',
      lostReason: null,
      lines: [{ lineNo: 1, sku: 'NW-011', qty: 30, available: 22, shortfall: 8, source: 'production', date: '2026-12-20' }],
    })
    expect(await order(n)).toMatchObject({ status: 'offered', promised_date: '2026-12-20' })
  })

  it("on a terminal, asks MC's answer for a short product and offers the date answered", async () => {
    const n = await takeInquiry(desk(), ['NW-011=30'])
    const { s, stdout, stderr } = desk().session('li', { answers: ['other', '2026-12-24'] })
    await run(options(schema, {}, { order: n }), s)
    expect(asked(s.prompt)).toEqual(["NW-011: short by 8 (22 available). MC's answer?", 'Completion date for NW-011'])
    expect(stderr.text).toMatch(new RegExp(`^Order ${n}: 1 product\\(s\\) short — ask MC when they can be made\\.\\n✓ order ${n} offered: delivery by 2026-12-24\\n`))
    expect(stdout.text).toContain('1  NW-011  Queso Cabrales       30         22          8  production  2026-12-24')
    expect(stdout.text).toContain('Tell the customer: we can deliver by 2026-12-24; agree')
    expect(await order(n)).toMatchObject({ status: 'offered', promised_date: '2026-12-24' })
  })

  it('MC cannot produce a short product: the inquiry is lost, and the text says what to tell the customer', async () => {
    const n = await takeInquiry(desk(), ['NW-011=30'])
    const { s, stdout, stderr } = desk().session('li')
    await run(options(schema, { notProducible: ['NW-011'], reason: 'discontinued' }, { order: n }), s)
    expect(stdout.text).toBe(
      [
        `Stock check for order ${n} (ALFKI Alfreds Futterkiste)`,
        '#  SKU     Product         Ordered  Available  Shortfall  Source      Date',
        '─  ──────  ──────────────  ───────  ─────────  ─────────  ──────────  ────',
        '1  NW-011  Queso Cabrales       30         22          8  production  —',
        'Tell the customer we cannot supply: NW-011 cannot be produced: discontinued. The inquiry is closed as lost.',
        '',
      ].join('\n'),
    )
    expect(stderr.text).toBe(`✓ order ${n} lost: NW-011 cannot be produced: discontinued\n`)
    expect(await order(n)).toEqual({ status: 'lost', promised_date: null, lost_reason: 'NW-011 cannot be produced: discontinued' })
  })

  it('--reason without --not-producible is a usage error before anything is checked', async () => {
    const n = await takeInquiry(desk())
    expect(await failure(run(options(schema, { reason: 'why' }, { order: n }), desk().session('li').s))).toEqual({
      exitCode: 2,
      message: '--reason goes with --not-producible <sku>',
    })
    expect(await order(n)).toMatchObject({ status: 'inquiry' })
  })
})
