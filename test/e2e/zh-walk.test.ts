import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * The whole procedure on the Chinese demo desk (a wood-products company), in Chinese, as a
 * clerk, the manager, MC, logistics and finance see it: inquiry → stock check → contract →
 * payment → sales order → production → a customer change → shipping → delivery. The desk's
 * own language (`init --demo --lang zh-CN` records it) speaks: no command passes --lang.
 */
describe('a walk through the procedure in Chinese', () => {
  let desk: Desk
  const out: Record<string, { stdout: string; stderr: string; exitCode: number }> = {}
  const step = async (name: string, args: string[], user = 'li') => {
    const r = await desk.run(args, { user, env: { ORDERDESK_PIN: user === 'wang' ? DEMO_PIN : undefined } })
    out[name] = r
    expect(r.exitCode, `${name}: ${r.stderr}`).toBe(0)
    return r
  }

  beforeAll(async () => {
    desk = await tempDesk({ demo: false })
    await step('init', ['init', '--demo', '--lang', 'zh-CN'])
    await step('inquiry', ['inquiry', 'new', '--customer', 'SHJM', '--item', 'MM-HT03=20', '--item', 'XT-JX=20', '--channel', 'fax', '--source-ref', '传真-0815', '--requested', '+30'])
    await step('check', ['stock', 'check', '26-00001', '--mc-date', 'MM-HT03=+21'])
    await step('contract', ['contract', 'sign', '26-00001', '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
    await step('deposit', ['payment', 'record', '26-00001', '--amount', '16152'], 'wu')
    await step('confirm', ['order', 'confirm', '26-00001'], 'wang')
    await step('accept', ['production', 'accept', '26-00001-MO1', '--date', '+18'], 'sun')
    await step('change', ['change', 'request', '26-00001', '--item', 'XT-JX=25', '--source-ref', '录音-0131'])
    await step('changeConfirm', ['change', 'confirm', '26-00001-CR1', '--customer', 'accept'])
    await step('done', ['production', 'done', '26-00001-MO1'], 'sun')
    await step('rest', ['payment', 'record', '26-00001', '--amount', '37748'], 'wu')
    await step('ship', ['ship', '26-00001', '--date', '+2', '--carrier', '德邦物流'])
    await step('send', ['ship', 'send', '26-00001', '--tracking', 'DB1234567'], 'zhou')
    await step('deliver', ['ship', 'deliver', '26-00001'], 'zhou')
    await step('show', ['order', 'show', '26-00001'])
  }, 300_000)
  afterAll(() => desk?.cleanup())

  it('records the inquiry and offers a date from MC, in Chinese', () => {
    expect(out.inquiry!.stderr).toContain('✓ 询价 26-00001 已登记：客户 SHJM（上海锦茂木门有限公司），合计 ¥53,840.00')
    expect(out.inquiry!.stderr).toContain('下一步：orderdesk stock check 26-00001')
    expect(out.check!.stdout).toContain('订单 26-00001 库存查询（SHJM 上海锦茂木门有限公司）')
    expect(out.check!.stdout).toMatch(/#\s+产品编号\s+产品\s+订购数量\s+可用\s+缺货\s+来源\s+交期/)
    expect(out.check!.stdout).toMatch(/1\s+MM-HT03\s+胡桃木实木门\s+20\s+0\s+20\s+生产\s+2026-12-17/)
    expect(out.check!.stdout).toContain('告知客户：我们可在 2026-12-17 前交货')
    expect(out.check!.stderr).toContain('✓ 订单 26-00001 已报价：交期 2026-12-17')
  })

  it('signs the contract, takes the deposit and has the manager sign the sales order', () => {
    expect(out.contract!.stderr).toContain('✓ 销售合同 26-00001-CT1 已签订（订单 26-00001）：合计 ¥53,840.00，银行转账，付款期限 2026-12-03')
    expect(out.contract!.stderr).toContain('下一步：orderdesk payment record 26-00001 --amount 16152.00   （定金 30%）')
    expect(out.deposit!.stderr).toContain('已付 ¥16,152.00，合计 ¥53,840.00（定金已付）')
    expect(out.confirm!.stderr).toContain('✓ 销售订单 26-00001-SO1 已由 wang 签核；订单 26-00001 的状态为 已确认')
    expect(out.confirm!.stdout).toMatch(/26-00001-MO1\s+MM-HT03\s+20\s+2026-12-17\s+sun/)
  })

  it('lets MC accept and finish the production order, and the customer change the order', () => {
    expect(out.accept!.stderr).toContain('✓ 生产命令单 26-00001-MO1 已接单，承诺 2026-12-14 前完工；订单状态为 生产中')
    expect(out.change!.stderr).toContain('✓ 客户变更 26-00001-CR1 已登记：库存可满足；新合计 ¥53,900.00，交期 2026-12-17')
    expect(out.changeConfirm!.stderr).toContain('✓ 客户变更 26-00001-CR1 已执行')
    expect(out.done!.stderr).toContain('货物已入库：订单可以发货')
  })

  it('ships and delivers, and the order shows it all in Chinese', () => {
    expect(out.ship!.stderr).toContain('✓ 已开货物出库单 26-00001-OS1（订单 26-00001），发货日期 2026-11-28')
    expect(out.send!.stderr).toContain('✓ 出库单 26-00001-OS1 已发出；订单 26-00001 的状态为 已发货')
    expect(out.deliver!.stderr).toContain('✓ 出库单 26-00001-OS1 已送达（按时）；订单 26-00001 的状态为 已完成')
    const show = out.show!.stdout
    expect(show).toMatch(/^订单 26-00001\s+已完成\s+版本 12/)
    expect(show).toMatch(/付款状态 已付清/)
    expect(show).toMatch(/26-00001-MO1\s+MM-HT03\s+20\s+20\s+已完工\s+sun/)
    expect(show).toMatch(/26-00001-OS1\s+已送达\s+2026-11-28\s+MM-HT03×20 XT-JX×25\s+德邦物流\s+DB1234567/)
  })

  it('keeps what scripts read: the same JSON keys and codes as in English', async () => {
    const zh = JSON.parse((await desk.run(['order', 'show', '26-00001', '--json'])).stdout)
    const en = JSON.parse((await desk.run(['order', 'show', '26-00001', '--json', '--lang', 'en'])).stdout)
    expect(zh).toEqual(en)
    expect(zh.status).toBe('completed')
    expect(zh.productionOrders[0].status).toBe('done')
    expect(zh.shipments[0].status).toBe('delivered')
  })
})
