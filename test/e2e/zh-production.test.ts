import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

// Production orders (生产命令单) with MC (物控) and customer changes (客户变更, 生产计划变更单) in Chinese.

let desk: Desk
beforeEach(async () => {
  desk = await tempDesk()
})
afterEach(() => desk.cleanup())

const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const asMc = { user: 'sun' }
/** A run in Chinese (the flag; `ORDERDESK_LANG` is the same choice). */
const zh = (args: string[], o: { user?: string; env?: Record<string, string> } = {}) => desk.run(['--lang', 'zh-CN', ...args], o)

/** A confirmed order: 5 × NW-011 from stock, 10 × NW-017 to make by 2026-12-20, MO1 dispatched to sun. */
async function confirmed(): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'NW-017=10'])).order.number
  await desk.json(['stock', 'check', n, '--mc-date', 'NW-017=2026-12-20'])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '0'])
  await desk.json(['order', 'confirm', n, '--assign', 'sun'], asManager)
  return n
}

describe('production in Chinese', () => {
  it('the queue, accept, a refused step, progress, goods done, reject and the next step', async () => {
    const n = await confirmed()
    const mo = `${n}-MO1`

    const queue = await zh(['production', 'list'])
    expect(queue.exitCode).toBe(0)
    const [head, , row] = queue.stdout.split('\n')
    expect(head).toBe('生产单号      订单号    客户   产品编号  产品          数量  已完工  交期        承诺日期  进度  状态    物控  天数')
    expect(row).toBe(`${mo}  ${n}  ALFKI  NW-017    Alice Mutton    10       0  2026-12-20  —           0%  已下达  sun    0天`)

    const accepted = await zh(['production', 'accept', mo, '--date', '2026-12-18'], asMc)
    expect([accepted.exitCode, accepted.stderr]).toEqual([0, `✓ 生产命令单 ${mo} 已接单，承诺 2026-12-18 前完工；订单状态为 生产中`])

    const again = await zh(['production', 'accept', mo, '--date', '2026-12-18'], asMc)
    expect([again.exitCode, again.stderr]).toEqual([4, `orderdesk: 生产命令单 ${mo} 无法接单：当前状态为 已接单（\`production accept\` 需为 已下达）`])

    expect((await zh(['production', 'progress', mo, '--percent', '40', '--note', '开料'], asMc)).stderr).toBe(`✓ 生产命令单 ${mo} 进度 40%`)
    const percent = await zh(['production', 'progress', mo, '--percent', '4x'], asMc)
    expect([percent.exitCode, percent.stderr]).toEqual([2, 'orderdesk: --percent 的值 "4x" 无效：须为 0 到 100 的整数'])

    const part = await zh(['production', 'done', mo, '--qty', '4', '--rejected', '1'], asMc)
    expect([part.exitCode, part.stderr]).toEqual([0, `✓ ${mo} 完工入库 3，质检不合格 1；尚有 7 待生产`])
    const rest = await zh(['production', 'done', mo], asMc)
    expect(rest.stderr).toBe(`✓ ${mo} 完工入库 7；生产命令单已完工\n  货物已入库：订单可以发货（业务员：请与客户商定发货日期）`)
    expect((await zh(['production', 'rate', mo, '--score', '4'])).stderr).toBe(`✓ 生产命令单 ${mo} 评分 4/5`)

    const done = await zh(['production', 'list', '--status', 'done'])
    expect(done.stdout.split('\n')[2]).toContain('  100%  已完工  sun')
    const bad = await zh(['production', 'list', '--status', 'finished'])
    expect([bad.exitCode, bad.stderr]).toEqual([2, 'orderdesk: --status 的值 "finished" 无效：须为以下之一：awaiting_signoff、dispatched、accepted、rejected、in_progress、done、cancelled'])
    expect((await zh(['production', 'list', '--assignee', 'zhao', '--status', 'done'])).stdout).toBe('没有符合条件的生产命令单')
  })

  it('a rejection says what the clerk does next, and the re-dispatch', async () => {
    const n = await confirmed()
    const mo = `${n}-MO1`
    const rejected = await zh(['production', 'reject', mo, '--reason', '模具维修'], asMc)
    expect([rejected.exitCode, rejected.stderr]).toEqual([
      0,
      `✓ 生产命令单 ${mo} 已拒单：模具维修\n  下一步：orderdesk production dispatch ${mo} --assign <物控用户>   （业务员）`,
    ])
    expect((await zh(['production', 'dispatch', mo, '--assign', 'zhao'])).stderr).toBe(`✓ 生产命令单 ${mo} 已下达给 zhao`)
  })

  it('the JSON of a step and of the queue is the same in both languages', async () => {
    const n = await confirmed()
    const english = await desk.run(['production', 'list', '--json'])
    const chinese = await zh(['production', 'list', '--json'])
    expect(chinese.stdout).toBe(english.stdout)
    expect(JSON.parse(chinese.stdout)[0]).toMatchObject({ number: `${n}-MO1`, status: 'dispatched' })
    const step = await zh(['production', 'progress', `${n}-MO1`, '--percent', '10', '--json'], asMc)
    expect(step.exitCode).toBe(4)
    expect(step.stdout).toBe('')
    expect(JSON.parse(step.stderr)).toMatchObject({ error: { code: 'wrong_state', message: `生产命令单 ${n}-MO1 无法报告进度：当前状态为 已下达（\`production progress\` 需为 已接单 或 生产中）` } })
  })

  it('help', async () => {
    const help = await zh(['production', 'accept', '--help'])
    expect(help.stdout).toContain('物控接单，并承诺完工日期（物控）')
    expect(help.stdout).toContain('  --date <date>  物控承诺完工日期\n')
    expect(help.stdout).toContain('适用角色：物控')
    expect(help.stdout).toContain('  $ orderdesk production accept 26-00042-MO1 --date 2026-12-15')
    expect((await zh(['change', '--help'])).stdout).toContain('出货前的客户变更（及生产计划变更单）')
  })
})

describe('customer changes in Chinese', () => {
  it('request → MC agrees → the customer accepts; a second request is refused with what to do', async () => {
    const n = await confirmed()
    const rq = await zh(['change', 'request', n, '--item', 'NW-017=15', '--channel', 'email'])
    expect(rq.exitCode).toBe(0)
    expect(rq.stdout).toBe('产品编号  原数量  新数量  预留  释放  生产 ±\n────────  ──────  ──────  ────  ────  ──────\nNW-017        10      15     0     0       5')
    expect(rq.stderr).toBe(
      `✓ 客户变更 ${n}-CR1 已登记：需变更生产（NW-017：需多生产 5）；生产计划变更单 ${n}-CF1 已发给物控\n` +
        `  下一步：orderdesk change decide ${n}-CR1 --mc agree --date <date> | --mc refuse --reason <text>   （物控）`,
    )

    const open = await zh(['change', 'request', n, '--item', 'NW-011=6', '--channel', 'email'])
    expect([open.exitCode, open.stderr]).toEqual([4, `orderdesk: 订单 ${n} 已有未完成的客户变更 ${n}-CR1（待物控评审），请先处理完`])
    const early = await zh(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect([early.exitCode, early.stderr]).toEqual([4, `orderdesk: 无法确认客户变更 ${n}-CR1：当前状态为 待物控评审（需为 待客户确认 或 物控已同意）`])
    const nothing = await zh(['change', 'request', n])
    expect([nothing.exitCode, nothing.stderr]).toEqual([2, 'orderdesk: 请说明变更内容：--item sku=qty、--date <date> 或 --cancel'])

    const agreed = await zh(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-24'], asMc)
    expect([agreed.exitCode, agreed.stderr]).toEqual([
      0,
      `✓ 物控同意客户变更 ${n}-CR1：新交期 2026-12-24\n  下一步：先告知客户，再运行 orderdesk change confirm ${n}-CR1 --customer accept|reject`,
    ])

    const list = (await zh(['change', 'list'])).stdout.split('\n')
    expect(list[0]).toBe('变更单号      订单号    客户   状态        计划变更单    变更内容      交期')
    expect(list[2]).toBe(`${n}-CR1  ${n}  ALFKI  物控已同意  ${n}-CF1  NW-017 10→15  2026-12-24`)

    const applied = await zh(['change', 'confirm', `${n}-CR1`, '--customer', 'accept'])
    expect([applied.exitCode, applied.stderr]).toEqual([0, `✓ 客户变更 ${n}-CR1 已执行：订单 ${n} 状态为 已确认，版本 5，合计 ¥690.00`])
  })

  it('MC refuses; a date the order cannot make; the customer rejects', async () => {
    const n = await confirmed()
    const rq = await zh(['change', 'request', n, '--date', '2026-12-01', '--channel', 'email'])
    expect(rq.stderr.split('\n')[0]).toBe(`✓ 客户变更 ${n}-CR1 已登记：需变更生产（交期 2026-12-01 早于生产可完工日期 2026-12-20）；生产计划变更单 ${n}-CF1 已发给物控`)
    const refused = await zh(['change', 'decide', `${n}-CR1`, '--mc', 'refuse', '--reason', '产能已满'], asMc)
    expect(refused.stderr).toBe(`✓ 物控拒绝客户变更 ${n}-CR1：产能已满；订单保持不变（请告知客户原因）`)

    await zh(['change', 'request', n, '--item', 'NW-011=8', '--source-ref', 'REC-7'])
    const ended = await zh(['change', 'confirm', `${n}-CR2`, '--customer', 'reject'])
    expect(ended.stderr).toBe(`✓ 客户变更 ${n}-CR2 已终止：客户不接受；订单 ${n} 保持不变`)
    expect((await zh(['change', 'list', '--order', n])).stdout.split('\n').slice(2)).toEqual([
      `${n}-CR2  ${n}  ALFKI  已终止                ${'NW-011 5→8'.padEnd(15)}  2026-12-20`,
      `${n}-CR1  ${n}  ALFKI  已终止  ${n}-CF1  交期→2026-12-01`,
    ])
  })

  it('the JSON of a change is the same in both languages, its reasons in the English words', async () => {
    const n = await confirmed()
    await desk.json(['change', 'request', n, '--item', 'NW-017=15', '--channel', 'email'])
    const english = await desk.run(['change', 'list', '--json'])
    const chinese = await zh(['change', 'list', '--json'])
    expect(chinese.stdout).toBe(english.stdout)
    expect(JSON.parse(chinese.stdout)[0]).toMatchObject({ status: 'pending_mc', reasons: ['NW-017: 5 more to make'] })
  })
})
