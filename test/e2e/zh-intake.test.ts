/**
 * End-to-end, in Chinese (issue 18): the intake steps — 询价 → 库存查询 → 报价审批 → 销售合同 —
 * with `--lang zh-CN` / ORDERDESK_LANG, the words asserted exactly; the guided forms through a
 * real pseudo-terminal with CJK names and a CJK search term; and the JSON, which does not
 * follow the language.
 *
 * Needs the built CLI (`npm run build`) and python3 for the pseudo-terminal (test/helpers/pty.ts).
 */
import { afterEach, describe, expect, it } from 'vitest'
import { BIN, DEMO_PIN, TODAY, tempDesk, type Desk, type RunResult } from '../helpers/cli.js'
import { runInPty, type PtyResult, type PtyStep } from '../helpers/pty.js'

const ZH = { ORDERDESK_LANG: 'zh-CN' }
const ENTER = '\r'
const DOWN = '\u001b[B'
const BACKSPACE = '\u007f'

let desks: Desk[] = []
afterEach(() => {
  for (const d of desks) d.cleanup()
  desks = []
})

async function freshDesk(opts: Parameters<typeof tempDesk>[0] = {}): Promise<Desk> {
  const d = await tempDesk(opts)
  desks.push(d)
  return d
}

/** Runs `orderdesk …` in Chinese and expects exit 0. */
async function zh(d: Desk, args: string[], opts: { user?: string; env?: Record<string, string> } = {}): Promise<RunResult> {
  const r = await d.run(args, { user: opts.user, env: { ...ZH, ...opts.env } })
  expect(r.exitCode, `orderdesk ${args.join(' ')}: ${r.stderr}`).toBe(0)
  return r
}

/** The lines of a stream, trailing blanks cut. */
const lines = (text: string) => text.split('\n').map((l) => l.trimEnd())

/** An inquiry recorded in English (the words are not under test there); its number. */
async function inquiry(d: Desk, items: string[], more: string[] = []): Promise<string> {
  return (await d.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i]), ...more])).order.number as string
}

describe('intake in Chinese: inquiry new → stock check → contract sign', () => {
  it('says every step in Chinese: done lines, the next commands, the stock check table and what to tell the customer', async () => {
    const d = await freshDesk()
    const created = await zh(d, ['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-017=4', '--requested', '2026-12-05'])
    expect(created.stdout.trim()).toBe('26-00001')
    expect(lines(created.stderr)).toContain('✓ 询价 26-00001 已登记：客户 ALFKI（Alfreds Futterkiste），合计 ¥261.00')
    expect(created.stderr).toContain('orderdesk stock check 26-00001')

    const check = await zh(d, ['stock', 'check', '26-00001', '--mc-date', 'NW-017=2026-12-20'])
    const out = lines(check.stdout)
    expect(out[0]).toBe('订单 26-00001 库存查询（ALFKI Alfreds Futterkiste）')
    expect(out[1]).toMatch(/^#\s+产品编号\s+产品\s+订购数量\s+可用\s+缺货\s+来源\s+交期$/)
    expect(out[3]).toMatch(/^1\s+NW-011\s+Queso Cabrales\s+5\s+22\s+0\s+库存\s+2026-11-26$/)
    expect(out[4]).toMatch(/^2\s+NW-017\s+Alice Mutton\s+4\s+0\s+4\s+生产\s+2026-12-20$/)
    expect(out[5]).toBe('告知客户：我们可在 2026-12-20 前交货，比客户要求交期 2026-12-05 晚 15 天；请与客户约定付款时间和付款方式，然后签订销售合同。')
    const said = lines(check.stderr)
    expect(said[0]).toBe('✓ 订单 26-00001 已报价：交期 2026-12-20')
    expect(said[1]).toMatch(/：orderdesk contract sign 26-00001 --payment-method <m> --payment-due <date>   （客户接受）$/)
    expect(said[2]).toMatch(/：orderdesk inquiry drop 26-00001 --reason <text>   （客户放弃）$/)

    const signed = await zh(d, ['contract', 'sign', '26-00001', '--payment-method', 'acceptance-bill', '--payment-due', '+7', '--deposit', '30'])
    const s = lines(signed.stderr)
    expect(s[0]).toBe('✓ 销售合同 26-00001-CT1 已签订（订单 26-00001）：合计 ¥261.00，承兑汇票，付款期限 2026-12-03')
    expect(s[1]).toBe('  已预留：NW-011 × 5')
    expect(s[2]).toMatch(/：orderdesk payment record 26-00001 --amount 78\.30   （定金 30%）$/)

    const o = await d.json(['order', 'show', '26-00001'])
    expect(o.contract).toMatchObject({ paymentMethod: 'acceptance-bill', depositPercent: 30 })
  })

  it('offers on the requested date, and without a deposit points at the sales order', async () => {
    const d = await freshDesk()
    const n = await inquiry(d, ['NW-011=5'], ['--requested', '2026-12-01'])
    const check = await zh(d, ['stock', 'check', n])
    expect(lines(check.stdout)).toContain('告知客户：我们可在 2026-11-26 前交货，可满足客户要求交期 2026-12-01；请与客户约定付款时间和付款方式，然后签订销售合同。')
    const signed = await zh(d, ['contract', 'sign', n, '--payment-method', 'cash', '--payment-due', '+3', '--deposit', '0'])
    expect(lines(signed.stderr)[0]).toBe(`✓ 销售合同 ${n}-CT1 已签订（订单 ${n}）：合计 ¥105.00，现金，付款期限 2026-11-29`)
    expect(lines(signed.stderr)[2]).toMatch(new RegExp(`：orderdesk order confirm ${n}   （无定金：销售订单交业务部经理签字生效）$`))
  })

  it('ends an inquiry as lost: MC cannot produce it, or the customer declines', async () => {
    const d = await freshDesk()
    const a = await inquiry(d, ['NW-017=4'])
    const lost = await zh(d, ['stock', 'check', a, '--not-producible', 'NW-017', '--reason', '模具损坏'])
    expect(lines(lost.stdout)).toContain('告知客户我们无法供货：NW-017 无法生产：模具损坏。此询价意向结束。')
    expect(lines(lost.stderr)[0]).toBe(`✓ 订单 ${a} 意向结束：NW-017 无法生产：模具损坏`)

    const b = await inquiry(d, ['NW-011=2'])
    await d.json(['stock', 'check', b])
    const dropped = await zh(d, ['inquiry', 'drop', b, '--reason', '价格原因，另选他家'])
    expect(lines(dropped.stderr)[0]).toBe(`✓ 订单 ${b} 意向结束：价格原因，另选他家`)
  })

  it('refuses with what to do instead, in Chinese; the JSON error keeps its code', async () => {
    const d = await freshDesk()
    // both offers count on the same 22 of NW-011; the first contract takes them
    const a = await inquiry(d, ['NW-011=20'])
    const b = await inquiry(d, ['NW-011=20'])
    await d.json(['stock', 'check', a])
    await d.json(['stock', 'check', b])
    await d.json(['contract', 'sign', b, '--payment-method', 'transfer', '--payment-due', '+7'])
    const args = ['contract', 'sign', a, '--payment-method', 'transfer', '--payment-due', '+7']
    const r = await d.run(args, { env: ZH })
    expect(r.exitCode).toBe(4)
    expect(r.stderr.trim()).toBe(`orderdesk: 报价后 NW-011 的库存已被占用：订单 ${a} 需要 20，可用 2；请重新运行 \`orderdesk stock check ${a}\``)
    const j = await d.run([...args, '--json'], { env: ZH })
    const en = await d.run([...args, '--json'])
    expect(j.exitCode).toBe(4)
    const [zhError, enError] = [JSON.parse(j.stdout || j.stderr).error, JSON.parse(en.stdout || en.stderr).error]
    expect(zhError.code).toBe(enError.code)
    expect(zhError.message).toContain('请重新运行')
    expect(enError.message).toContain('run `orderdesk stock check')

    const usage = await d.run(['stock', 'check', a, '--reason', '停产'], { env: ZH })
    expect(usage.exitCode).toBe(2)
    expect(usage.stderr.trim()).toBe('orderdesk: --reason 须与 --not-producible <sku> 一起使用')
    const deposit = await d.run(['contract', 'sign', a, '--payment-method', 'cash', '--payment-due', '+3', '--deposit', '150'], { env: ZH })
    expect(deposit.exitCode).toBe(2)
    expect(deposit.stderr).toContain('应为 0 到 100 之间的整数百分比')
    const negative = await d.run(['contract', 'sign', a, '--payment-method', 'cash', '--payment-due', '+3', '--deposit', '-5'], { env: ZH })
    expect(negative.exitCode).toBe(2)
    expect(negative.stderr).toContain('应为 0 到 100 之间的整数百分比')
  })

  it('quote approve, reject and reprice speak Chinese', async () => {
    const d = await freshDesk()
    const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
    await zh(d, ['settings', 'set', 'quote.approvalAbove', '50'], manager)
    const n = await inquiry(d, ['NW-011=5'])
    await d.json(['stock', 'check', n])
    const rejected = await zh(d, ['quote', 'reject', n, '--reason', 'NW-011 单价过低'], manager)
    expect(lines(rejected.stderr)[0]).toBe(`✓ 订单 ${n} 的报价已退回业务员：NW-011 单价过低`)
    expect(lines(rejected.stderr)[1]).toMatch(new RegExp(`：orderdesk quote reprice ${n} --item <sku>=<price>   或   orderdesk stock check ${n}$`))
    const repriced = await zh(d, ['quote', 'reprice', n, '--item', 'NW-011=22.00'])
    expect(lines(repriced.stderr)[0]).toBe(`✓ 订单 ${n} 已重新报价：合计 ¥110.00`)
    const approved = await zh(d, ['quote', 'approve', n], manager)
    expect(lines(approved.stderr)[0]).toMatch(new RegExp(`^✓ 订单 ${n} 的报价已由 wang 审批通过（.+）$`))
  })

  it('stock show, receive and adjust: the table headers and done lines in Chinese', async () => {
    const d = await freshDesk()
    const shown = await zh(d, ['stock', 'show', 'NW-017'])
    expect(lines(shown.stdout)[0]).toMatch(/^产品编号\s+名称\s+库存\s+已预留\s+可用$/)
    const received = await zh(d, ['stock', 'receive', '--sku', 'NW-017', '--qty', '10', '--reason', '送货单 SH-1'])
    expect(lines(received.stderr)[0]).toBe('✓ 已入库 NW-017 10 箱；库存 10，可用 10')
    const adjusted = await zh(d, ['stock', 'adjust', '--sku', 'NW-017', '--qty', '-2', '--reason', '仓库内损坏'])
    expect(lines(adjusted.stderr)[0]).toBe('✓ 已调整 NW-017 -2；库存 8，可用 8')
    const zero = await d.run(['stock', 'adjust', '--sku', 'NW-017', '--qty', '0', '--reason', '盘点'], { env: ZH })
    expect(zero.exitCode).toBe(2)
    expect(zero.stderr).toContain('应为非零整数，如 +5 或 -3')
  })

  it('--help of contract sign is in Chinese (the flags stay English)', async () => {
    const d = await freshDesk()
    const r = await zh(d, ['contract', 'sign', '--help'])
    expect(r.stdout).toContain('客户接受报价：签订销售合同并预留库存')
    // folded at 80 columns, Chinese between any two characters
    expect(r.stdout.replace(/\n\s+/g, '')).toMatch(/--payment-method <m>\s+付款方式，如 transfer 银行转账、acceptance-bill 承兑汇票、/)
    expect(r.stdout).toMatch(/--deposit <percent>\s+销售订单生效前须付的定金比例，百分数（默认 100）/)
    expect(r.stdout).toContain('业务员或业务部经理')
    expect(r.stdout).toContain('$ orderdesk contract sign 26-00042 --payment-method transfer --payment-due +7 --deposit 30')
  })

  it('prints the same JSON in both languages (timestamps aside)', async () => {
    const d = await freshDesk()
    const n = await inquiry(d, ['NW-011=5', 'NW-017=4'], ['--requested', '2026-12-05'])
    const other = await freshDesk({ copyOf: d })
    const steps = [
      ['stock', 'check', n, '--use-lead-times', '--json'],
      ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30', '--json'],
      ['stock', 'show', '--json'],
    ]
    /**
     * Clock times differ between two runs; everything else must not. An issued document's
     * SHA-256 covers its stored copy, times included (issue 19): the copy itself is the same.
     */
    const untimed = (text: string) =>
      JSON.stringify(JSON.parse(text), (k, v) => (typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:/.test(v) ? '<time>' : k === 'sha256' && typeof v === 'string' ? '<sha256>' : v))
    for (const args of steps) {
      const en = await d.run(args)
      const cn = await other.run(args, { env: ZH })
      expect(en.exitCode, en.stderr).toBe(0)
      expect(cn.exitCode, cn.stderr).toBe(0)
      expect(untimed(cn.stdout)).toBe(untimed(en.stdout))
    }
  })
})

describe('the guided intake in Chinese, through a terminal', () => {
  function pty(d: Desk, args: string[], steps: PtyStep[]): Promise<PtyResult> {
    return runInPty(['node', BIN, ...args], steps, {
      env: { ORDERDESK_DB: d.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'li', NO_COLOR: '1', ORDERDESK_PIN: undefined, ORDERDESK_NO_INPUT: undefined, ...ZH },
      timeout: 20,
    })
  }
  const why = (r: PtyResult) => `step ${r.failedStep}: ${r.error}\n--- output (tail) ---\n${r.output.slice(-3000)}`
  const re = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  /** A search prompt's list filtered down to `rows`, the first highlighted (see interactive.test.ts). */
  const filteredList = ([first, ...rest]: string[]) => `❯ ${re(first!)}[^\\n]*\\n${rest.map((r) => `  ${re(r)}[^\\n]*\\n`).join('')}\\n`

  it('inquiry new: a customer and a product with Chinese names, found by a Chinese search term (one that finds nothing says so); channel by its name', async () => {
    const d = await freshDesk()
    await zh(d, ['customer', 'add', '--code', 'HUAXI', '--name', '华西木业有限公司', '--contact', '刘洋', '--phone', '028-8555-0101'])
    await zh(d, ['product', 'add', '--sku', 'WD-101', '--name', '实木复合门', '--price', '1280.00', '--unit', 'door', '--lead-days', '20'])
    await zh(d, ['stock', 'receive', '--sku', 'WD-101', '--qty', '30'])
    const r = await pty(d, ['inquiry', 'new'], [
      { expect: '客户（输入编号或名称）' },
      // a term that matches nothing says so in Chinese (@inquirer's own words are English)
      { send: '松木' },
      { expect: '> 没有找到，换个词试试', literal: true },
      { send: `${BACKSPACE}${BACKSPACE}` },
      { send: '华西' },
      { expect: filteredList(['HUAXI    华西木业有限公司']) },
      { expect: '刘洋，028-8555-0101', literal: true },
      { send: ENTER },
      { expect: '✔ 客户（输入编号或名称） HUAXI', literal: true },
      { expect: '产品（输入产品编号或名称）' },
      { send: '复合门' },
      { expect: filteredList(['WD-101   实木复合门  ¥1,280.00/樘（可用 30）']) },
      { send: ENTER },
      { expect: 'WD-101 的数量（樘）' },
      { send: `x${ENTER}` },
      { expect: '应为正整数' },
      { send: `${BACKSPACE}2${ENTER}` },
      { expect: 'WD-101 的单价 (1280.00)', literal: true },
      { send: ENTER },
      { expect: '#\\s+产品编号\\s+产品\\s+数量\\s+单价\\s+金额' },
      { expect: '1\\s+WD-101\\s+实木复合门\\s+2\\s+1,280\\.00\\s+2,560\\.00' },
      { expect: '合计\\s+2,560\\.00' },
      { expect: '下一个产品（或选“完成”）' },
      { expect: '❯ ✓ 完成 — 不再添加产品', literal: true },
      { delay: 0.2 },
      { send: ENTER },
      { expect: '客户要求交期（YYYY-MM-DD 或 +N 天，留空表示无）', literal: true },
      { send: `+30${ENTER}` },
      { expect: '❯ 电话', literal: true },
      { send: DOWN },
      { expect: '❯ 传真', literal: true },
      { send: ENTER },
      { expect: '✔ 来源渠道 传真', literal: true },
      { expect: '来源凭证（传真号 / 录音编号，留空表示无）', literal: true },
      { send: `FAX-0815${ENTER}` },
      { expect: '登记客户 HUAXI 的这笔询价？' },
      { send: ENTER },
      { expect: '询价 \\S+ 已登记：客户 HUAXI（华西木业有限公司），合计 ¥2,560\\.00' },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)
    const [order] = await d.json(['order', 'list'])
    expect(await d.json(['order', 'show', order.number])).toMatchObject({ customer: 'HUAXI', channel: 'fax', sourceRef: 'FAX-0815', requestedDate: '2026-12-26', total: '2560.00' })
  })

  it("stock check: MC's answer picked in Chinese; a date before today is refused at the prompt", async () => {
    const d = await freshDesk()
    const n = await inquiry(d, ['NW-017=4'])
    const r = await pty(d, ['stock', 'check', n], [
      { expect: `订单 ${n}：1 个产品库存不足，请向物控确认何时能生产出来。`, literal: true },
      { expect: 'NW-017：缺货 4（可用 0）。物控的答复？', literal: true },
      { expect: '❯ 可在 2026-12-17 前完成（按生产周期）', literal: true },
      { send: DOWN },
      { expect: '❯ 可在另一日期前完成', literal: true },
      { send: ENTER },
      { expect: 'NW-017 的完成日期 (2026-12-17)', literal: true },
      { send: `2026-11-01${ENTER}` },
      { expect: '不能早于今天（2026-11-26）', literal: true },
      { send: `${BACKSPACE.repeat(10)}2027-01-15${ENTER}` },
      { expect: `订单 ${n} 已报价：交期 2027-01-15`, literal: true },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)
    expect(r.output).toMatch(/NW-017\s+Alice Mutton\s+4\s+0\s+4\s+生产\s+2027-01-15/)
    expect(await d.json(['order', 'show', n])).toMatchObject({ status: 'offered', promisedDate: '2027-01-15' })
  })

  it('contract sign: the payment method picked by its Chinese name, the code kept', async () => {
    const d = await freshDesk()
    const n = await inquiry(d, ['NW-011=5'])
    await d.json(['stock', 'check', n])
    const r = await pty(d, ['contract', 'sign', n], [
      { expect: '付款方式' },
      { expect: '❯ 银行转账', literal: true },
      { send: DOWN },
      { expect: '❯ 承兑汇票', literal: true },
      { send: ENTER },
      { expect: '✔ 付款方式 承兑汇票', literal: true },
      { expect: '付款期限（YYYY-MM-DD 或 +N 天） (2026-12-03)', literal: true },
      { send: ENTER },
      { expect: '生产前应付定金比例（%） (100)', literal: true },
      { send: ENTER },
      { expect: `销售合同 ${n}-CT1 已签订（订单 ${n}）：合计 ¥105.00，承兑汇票，付款期限 2026-12-03`, literal: true },
      { expect: '已预留：NW-011 × 5', literal: true },
    ])
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode, why(r)).toBe(0)
    expect((await d.json(['order', 'show', n])).contract).toMatchObject({ paymentMethod: 'acceptance-bill', paymentDue: '2026-12-03', depositPercent: 100 })
  })
})
