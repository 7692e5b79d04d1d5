import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, DEMO_PIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'
import { runInPty } from '../helpers/pty.js'

/**
 * The order desk's sales order, payments, invoices, customers and products in Chinese
 * (`--lang zh-CN` / ORDERDESK_LANG): the words a clerk reads, while --json stays the same.
 */
let desk: Desk
/** A confirmed order (500 Chai made to order, 5 Queso Cabrales from stock) and a contracted one with its deposit in. */
let confirmed: string
let contracted: string
const ZH = { ORDERDESK_LANG: 'zh-CN' }
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

beforeAll(async () => {
  desk = await tempDesk()
  confirmed = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-001=500'])).order.number
  await desk.json(['stock', 'check', confirmed, '--mc-date', 'NW-001=2026-12-20'])
  await desk.json(['contract', 'sign', confirmed, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  await desk.json(['payment', 'record', confirmed, '--amount', '9000', '--method', 'transfer', '--ref', 'ICBC-1'])
  await desk.json(['order', 'confirm', confirmed], manager)
  contracted = (await desk.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-011=2', '--channel', 'fax', '--source-ref', 'FAX-0815'])).order.number
  await desk.json(['stock', 'check', contracted])
  await desk.json(['contract', 'sign', contracted, '--payment-method', 'acceptance-bill', '--payment-due', '+10', '--deposit', '50'])
  await desk.json(['payment', 'record', contracted, '--amount', '21'])
}, 60_000)
afterAll(() => desk.cleanup())

/** A copy of the desk for a test that changes it (the others read the same two orders). */
async function onCopy(fn: (d: Desk) => Promise<void>): Promise<void> {
  const copy = await tempDesk({ copyOf: desk })
  try {
    await fn(copy)
  } finally {
    copy.cleanup()
  }
}
describe('order show in Chinese', () => {
  it('the title, the labels, the tables, the statuses, the timeline and the next step', async () => {
    const r = await desk.run(['--lang', 'zh-CN', 'order', 'show', confirmed])
    expect(r.exitCode, r.stderr).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe(`订单 ${confirmed}  已确认  版本 5`)
    expect(lines.slice(1, 7)).toEqual([
      '客户      ALFKI  Alfreds Futterkiste',
      '联系人    Maria Anders，030-0074321',
      '来源渠道  电话',
      '日期      下单 2026-11-26   要求交期 —   交期 2026-12-20',
      '合计      ¥9,105.00   已付 ¥9,000.00   已开票 ¥0.00   未收 ¥105.00   付款状态 定金已付',
      `销售合同  ${confirmed}-CT1  银行转账，付款期限 2026-12-03，定金 30%`,
    ])
    expect(r.stdout).toContain(
      [
        '序号  产品编号  产品            数量  单位   单价  折扣      金额  货源  缺货  日期',
        '────  ────────  ──────────────  ────  ────  ─────  ────  ────────  ────  ────  ──────────',
        '   1  NW-011    Queso Cabrales     5  箱    21.00          105.00  库存        2026-11-26',
        '   2  NW-001    Chai             500  箱    18.00        9,000.00  生产   461  2026-12-20',
      ].join('\n'),
    )
    // issue 19: payments have numbers, and a voided one says so
    // issue 19: refundforms — a Kind column (回款/退款) and the sums under the table
    expect(r.stdout).toContain('\n回款\n单号          日期        类别      金额  付款方式  银行流水号  登记人  作废\n')
    expect(r.stdout).toContain(`${confirmed}-PM1  2026-11-26  回款  9,000.00  银行转账  ICBC-1      li`)
    expect(r.stdout).toContain('\n  已收 ¥9,000.00   已退 ¥0.00   实收 ¥9,000.00   未收余额 ¥105.00\n')
    expect(r.stdout).toContain('\n生产命令单\n单号          产品编号  数量  完工  质检不合格  状态    物控  要求完工    承诺日期  进度\n')
    expect(r.stdout).toContain(`${confirmed}-MO1  NW-001     461     0              已下达  sun   2026-12-20  —           0%`)
    expect(r.stdout).toContain(`\n单据\n  销售合同 ${confirmed}-CT1  已签，签字：li 2026-11-26\n  销售订单 ${confirmed}-SO1  已签，签字：wang 2026-11-26\n`)
    expect(r.stdout).toContain('\n操作记录\n')
    expect(r.stdout).toMatch(/ 2026-11-26 \d\d:\d\d {2}li {7}库存查询 {9}询价 → 已报价 {2}交期 2026-12-20\n/)
    expect(r.stdout).toMatch(/ 2026-11-26 \d\d:\d\d {2}li {7}登记回款 {11}¥9,000\.00（已付 ¥9,000\.00）\n/)
    expect(r.stdout).toMatch(new RegExp(` 2026-11-26 \\d\\d:\\d\\d {2}wang {5}销售订单生效 {5}已签合同 → 已确认 {2}${confirmed}-SO1\\n`))
    expect(lines.at(-1)).toBe('下一步：orderdesk production list   （等物控接收生产命令单）')
    expect(r.stdout).not.toMatch(/Customer|Timeline|Payments|revision|confirmed|transfer/)
  })

  it('a rush order with its source, a quotation that needed approval, an invoice', () =>
    onCopy(async (desk) => {
      await desk.run(['settings', 'set', 'quote.approvalAbove', '10000'], manager)
      const n = (await desk.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-011=1', '--item', 'NW-001=600', '--rush', '--channel', 'fax', '--source-ref', 'FAX-9'])).order.number
      await desk.json(['stock', 'check', n, '--mc-date', 'NW-001=2026-12-30'])
      const pending = await desk.run(['order', 'show', n], { env: ZH })
      expect(pending.stdout.split('\n')[0]).toBe(`订单 ${n}  已报价  版本 2  插单`)
      expect(pending.stdout).toContain('来源渠道  传真（来源凭证 FAX-9）\n')
      expect(pending.stdout).toContain('报价      须经理审批（合计 ¥10,821.00 超过 ¥10,000.00）\n')
      await desk.json(['quote', 'approve', n], manager)
      await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7'])
      await desk.json(['invoice', 'issue', n, '--number', 'FP-7', '--amount', '100'], { user: 'wu' })
      const r = await desk.run(['order', 'show', n], { env: ZH })
      expect(r.stdout).toMatch(/\n报价 {6}已由 wang 审批通过 2026-11-26（合计 ¥10,821\.00 超过 ¥10,000\.00）\n/)
      expect(r.stdout).toContain('\n发票  FP-7 ¥100.00（2026-11-26）\n')
    }),
  )
})

describe('order list in Chinese', () => {
  it('--needs-action: the header, the status name and the next command', async () => {
    const r = await desk.run(['order', 'list', '--needs-action'], { env: ZH })
    expect(r.exitCode, r.stderr).toBe(0)
    const [head, rule, ...rows] = r.stdout.split('\n')
    expect(head).toBe('订单号    状态      客户                              合计   已付  要求交期  交期        下一步')
    expect(rule).toMatch(/^[─ ]+$/)
    expect(rows.find((l) => l.startsWith(contracted))).toBe(
      `${contracted}  已签合同  VINET Vins et alcools Chevalier  42.00  21.00            2026-11-26  orderdesk order confirm ${contracted}`,
    )
    expect(r.stdout).not.toContain(confirmed) // confirmed: MC's turn, not the desk's
  })

  it('nothing matches: said in Chinese', async () => {
    const r = await desk.run(['order', 'list', '--status', 'cancelled'], { env: ZH })
    expect(r.stdout).toBe('没有符合条件的订单')
  })

  it('--json is the same in both languages', async () => {
    for (const args of [['order', 'list', '--needs-action'], ['order', 'show', confirmed], ['product', 'show', 'NW-011'], ['customer', 'list']]) {
      const en = await desk.run([...args, '--json'])
      const zh = await desk.run([...args, '--json'], { env: ZH })
      expect(en.exitCode, en.stderr).toBe(0)
      expect(zh.stdout, args.join(' ')).toBe(en.stdout)
    }
  })
})

describe('payments, invoices and refusals in Chinese', () => {
  it('payment record: the done line with amounts in yuan and the payment status, then what comes next', () =>
    onCopy(async (copy) => {
      const r = await copy.run(['payment', 'record', contracted, '--amount', '0.50', '--method', 'cash'], { env: ZH })
      expect(r.exitCode, r.stderr).toBe(0)
      expect(r.stderr).toBe(`✓ 已为订单 ${contracted} 登记回款 ¥0.50：已付 ¥21.50，合计 ¥42.00（定金已付）\n  下一步：orderdesk order confirm ${contracted}   （由经理签核销售订单）`)
      const inv = await copy.run(['invoice', 'issue', confirmed, '--number', 'FP-1', '--amount', '1000'], { user: 'wu', env: ZH })
      expect(inv.stderr).toBe(`✓ 已为订单 ${confirmed} 登记发票 FP-1，金额 ¥1,000.00；已开票 ¥1,000.00，合计 ¥9,105.00`)
      const over = await copy.run(['payment', 'record', confirmed, '--amount', '200'], { env: ZH })
      expect(over.exitCode).toBe(4)
      expect(over.stderr).toBe(
        `orderdesk: 回款 ¥200.00 将超出订单 ${confirmed} 的应收：合计 ¥9,105.00，已付 ¥9,000.00，余额 ¥105.00；如确实收到这笔款，请加 --allow-overpay`,
      )
    }),
  )

  it('a step in the wrong state is refused saying the status and the command to run instead; the JSON error keeps its code', () =>
    onCopy(async (desk) => {
      const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1'])).order.number
      await desk.json(['stock', 'check', n])
      const r = await desk.run(['order', 'confirm', n], { ...manager, env: { ...manager.env, ...ZH } })
      expect(r.exitCode).toBe(4)
      expect(r.stderr).toBe(
        `orderdesk: 无法确认订单 ${n}：订单状态为 已报价（\`orderdesk order confirm\` 要求状态为 已签合同）；此订单的下一步：orderdesk contract sign ${n}`,
      )
      const j = await desk.run(['order', 'confirm', n, '--json'], { ...manager, env: { ...manager.env, ...ZH } })
      expect(JSON.parse(j.stderr).error).toMatchObject({ code: 'wrong_state', message: r.stderr.replace('orderdesk: ', '') })
    }),
  )

  it('the sales order refused until the deposit arrives: how much, and the command that records it', () =>
    onCopy(async (desk) => {
      const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=2'])).order.number
      await desk.json(['stock', 'check', n])
      await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
      const r = await desk.run(['order', 'confirm', n], { ...manager, env: { ...manager.env, ...ZH } })
      expect(r.exitCode).toBe(4)
      expect(r.stderr).toBe(
        `orderdesk: 订单 ${n} 的定金尚未到账：应付定金 ¥12.60（合计 ¥42.00 的 30%），已付 ¥0.00；请用 \`orderdesk payment record ${n} --amount 12.60\` 登记回款`,
      )
    }),
  )
})

describe('customers and products in Chinese', () => {
  it('customer add and show, product add, show and list: done lines, labels, units and yes/no', () =>
    onCopy(async (copy) => {
      const add = await copy.run(['customer', 'add', '--code', 'HUAXI', '--name', '华西木业有限公司', '--contact', '刘洋', '--phone', '028-8555-0101'], { env: ZH })
      expect(add.stderr).toBe('✓ 已新增客户 HUAXI：华西木业有限公司')
      expect((await copy.run(['customer', 'show', 'HUAXI'], { env: ZH })).stdout).toBe(
        // issue 19: show ends with the record's history
        ['客户编号  HUAXI', '客户名称  华西木业有限公司', '联系人    刘洋', '电话      028-8555-0101', '地址      —', '', '修改记录', '日期        操作人  内容', '──────────  ──────  ────', '2026-11-26  li      新增'].join('\n'),
      )
      const p = await copy.run(['product', 'add', '--sku', 'PLY-18', '--name', '18mm 多层板', '--price', '128.50', '--unit', 'sheet', '--lead-days', '10'], { env: ZH })
      expect(p.stderr).toBe('✓ 已新增产品 PLY-18：18mm 多层板，标准价 ¥128.50/张\n  下一步：orderdesk stock receive --sku PLY-18 --qty <n>')
      expect((await copy.run(['product', 'show', 'NW-005'], { env: ZH })).stdout).toBe(
        ['产品编号        NW-005', '产品名称        Chef Anton\'s Gumbo Mix', '单位            箱', '标准价          ¥21.35', '生产周期（天）  21', '可生产          否（仅售库存）', '库存            0', '已预留          0', '可用            0'].join('\n'),
      )
      const list = await copy.run(['product', 'list', '--limit', '1'], { env: ZH })
      expect(list.stdout.split('\n')[0]).toBe('产品编号  产品名称  单位  标准价  生产周期（天）  可用  可生产')
      expect(list.stdout.split('\n')[2]).toMatch(/^NW-001 {4}Chai {6}箱 {5}18\.00 {14}14 +\d+ {2}是$/)
      const bad = await copy.run(['product', 'add', '--sku', 'X-1', '--name', 'x', '--price', '1', '--lead-days', '1.5'], { env: ZH })
      expect(bad.exitCode).toBe(2)
      expect(bad.stderr).toContain('须为整数天数')
    }),
  )
})

describe('help in Chinese', () => {
  it('order list --help: the description, the options, who may run it', async () => {
    const r = await desk.run(['--lang', 'zh-CN', 'order', 'list', '--help'])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('列出订单，新的在前（默认 50 条；--limit 0 列出全部）')
    expect(r.stdout).toContain('--needs-action     只列待办订单，并给出下一步要运行的命令')
    expect(r.stdout).toContain('适用角色：所有人')
    expect(r.stdout).toContain('$ orderdesk order list --needs-action')
    const pay = await desk.run(['payment', 'record', '--help'], { env: ZH })
    expect(pay.stdout).toContain('登记一笔回款（多笔回款累计；业务员、财务、经理）')
    expect(pay.stdout).toContain('--ref <bank ref>  银行流水号')
  })
})

describe('a prompt in Chinese', () => {
  it('payment record on a terminal asks for the amount received, and checks it in Chinese', () =>
    onCopy(async (copy) => {
      const r = await runInPty(
        ['node', BIN, 'payment', 'record', contracted],
        [{ expect: '到账金额', literal: true }, { send: '0\r' }, { expect: '须大于 0', literal: true }, { send: '\u007f' }, { send: '1\r' }, { expect: '已为订单', literal: true }],
        { env: { ORDERDESK_DB: copy.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'li', NO_COLOR: '1', ORDERDESK_NO_INPUT: undefined, ORDERDESK_PIN: undefined, ...ZH } },
      )
      expect(r.ok, `${r.error ?? ''}\n${r.output}`).toBe(true)
      expect(r.output).toContain(`✓ 已为订单 ${contracted} 登记回款 ¥1.00：已付 ¥22.00，合计 ¥42.00（定金已付）`)
    }),
  )
})
