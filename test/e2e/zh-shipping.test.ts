/**
 * End-to-end in Chinese (issue 18): shipping (货物出库单 → 发货 → 送达), after-sales (投诉,
 * 客户满意度), users with their roles' names, the settings and their meanings, and the desk's
 * own language (`settings set desk.language zh-CN`), which `--lang` and ORDERDESK_LANG still
 * override. `--json` is the same in both languages.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { BIN, DEMO_PIN, TODAY, tempDesk, type Desk } from '../helpers/cli.js'
import { runInPty, type PtyResult } from '../helpers/pty.js'
import { zhCN } from '../../src/messages/zh-CN/index.js'

const zh = { ORDERDESK_LANG: 'zh-CN' }
/** The `next:` line under a done line, in Chinese (its label is another topic's). */
const next = (command: string) => `  ${zhCN.program['program.next']({})}${command}`
const asManager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

let desks: Desk[] = []
afterEach(() => {
  for (const d of desks) d.cleanup()
  desks = []
})

async function fresh(opts: Parameters<typeof tempDesk>[0] = {}): Promise<Desk> {
  const d = await tempDesk(opts)
  desks.push(d)
  return d
}

/** An order for ALFKI all from stock, contract signed (30 % deposit), `paid` recorded, confirmed: ready. */
async function ready(desk: Desk, items: string[], paid: string): Promise<string> {
  const n = (await desk.json(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i])])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  await desk.json(['payment', 'record', n, '--amount', paid])
  expect((await desk.json(['order', 'confirm', n], asManager)).order.status).toBe('ready')
  return n
}

/** The non-empty lines of a pseudo-terminal's output, trimmed at the end. */
const lines = (r: PtyResult) => r.output.split('\n').map((l) => l.trimEnd()).filter((l) => l !== '')

describe('shipping in Chinese', () => {
  it('the refusal unpaid and what to do, the outbound slip, sending, delivery, each with its next step', async () => {
    const desk = await fresh()
    const n = await ready(desk, ['NW-011=5', 'NW-001=10'], '100.00') // total 285.00

    const unpaid = await desk.run(['ship', n, '--date', '2026-11-28'], { env: zh })
    expect(unpaid.exitCode).toBe(4)
    expect(unpaid.stderr).toBe(
      `orderdesk: 订单 ${n} 尚未付清（定金已付：已付 ¥100.00，合计 ¥285.00）；请先登记回款：\`orderdesk payment record ${n} --amount 185.00\`，或由经理用 --allow-unpaid --reason 批准未付清发货`,
    )
    const clerk = await desk.run(['ship', n, '--date', '2026-11-28', '--allow-unpaid', '--reason', '老客户'], { env: { ...zh, ORDERDESK_PIN: DEMO_PIN } })
    expect(clerk.exitCode).toBe(4)
    expect(clerk.stderr).toBe('orderdesk: li 的角色是 业务员，ship --allow-unpaid 需要业务部经理签核')
    const reasonAlone = await desk.run(['ship', n, '--date', '2026-11-28', '--reason', '老客户'], { env: zh })
    expect(reasonAlone.exitCode).toBe(2)
    expect(reasonAlone.stderr).toContain('须与 --allow-unpaid 一起使用')

    // a manager lets 3 of NW-011 go before full payment
    const slip = await desk.run(['ship', n, '--date', '2026-11-28', '--item', 'NW-011=3', '--allow-unpaid', '--reason', '老客户，货到付款'], { user: 'wang', env: { ...zh, ORDERDESK_PIN: DEMO_PIN } })
    expect(slip.exitCode, slip.stderr).toBe(0)
    expect(slip.stdout).toBe(`出库单        产品编号  数量\n────────────  ────────  ────\n${n}-OS1  NW-011       3`)
    expect(slip.stderr).toBe(
      `✓ 已开货物出库单 ${n}-OS1（订单 ${n}），发货日期 2026-11-28（已批准未付清发货）\n${next(`orderdesk ship send ${n}   （物流部，货物出库时）`)}`,
    )

    const sent = await desk.run(['ship', 'send', n], { user: 'zhou', env: zh })
    expect(sent.exitCode, sent.stderr).toBe(0)
    expect(sent.stderr).toBe(`✓ 出库单 ${n}-OS1 已发出；订单 ${n} 的状态为 待出库\n${next(`orderdesk ship deliver ${n}   （货物送达时）`)}`)

    // the rest paid, shipped and sent; the first arrives on time, the second late
    await desk.json(['payment', 'record', n, '--amount', '185.00'])
    const tooMuch = await desk.run(['ship', n, '--date', '2026-11-29', '--item', 'NW-011=3'], { env: zh })
    expect(tooMuch.exitCode).toBe(2)
    expect(tooMuch.stderr).toContain('NW-011 只剩 2 可发货')
    await desk.json(['ship', n, '--date', '2026-11-29'])
    const again = await desk.run(['ship', n, '--date', '2026-11-29'], { env: zh })
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toBe(`orderdesk: 订单 ${n} 的货物已全部开出货物出库单；下一步：orderdesk ship send ${n}`)
    await desk.json(['ship', 'send', n], { user: 'zhou' })
    const first = await desk.run(['ship', 'deliver', n], { user: 'zhou', env: zh })
    expect(first.stderr).toBe(`✓ 出库单 ${n}-OS1 已送达（按时）；订单 ${n} 的状态为 已发货`)
    const last = await desk.run(['ship', 'deliver', n, '--date', '2026-12-01'], { user: 'zhou', env: { ...zh, ORDERDESK_TODAY: '2026-12-02' } })
    expect(last.stderr).toBe(
      `✓ 出库单 ${n}-OS2 已送达（延迟 5 天）；订单 ${n} 的状态为 已完成\n${next(`orderdesk feedback add ${n} --rating <1-5>   （客户满意度调查）`)}`,
    )
    const none = await desk.run(['ship', 'deliver', n], { user: 'zhou', env: zh })
    expect(none.exitCode).toBe(4)
  })

  it('the help of ship plan in Chinese', async () => {
    const desk = await fresh()
    const r = await desk.run(['ship', 'plan', '--help'], { env: zh })
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('与客户约定发货日期，再次确认回款，给物流部开货物出库单')
    expect(r.stdout).toMatch(/--date <date> +与客户约定的发货日期\n/)
    expect(r.stdout).toContain('$ orderdesk ship 26-00042 --date 2026-12-10 --carrier "顺丰速运"')
  })
})

describe('after-sales in Chinese', () => {
  it('feedback, a complaint opened, listed with its status name, resolved, refused twice', async () => {
    const desk = await fresh()
    const n = await ready(desk, ['NW-011=1'], '21.00')
    await desk.json(['ship', n, '--date', '2026-11-26'])
    await desk.json(['ship', 'send', n])
    await desk.json(['ship', 'deliver', n])

    const bad = await desk.run(['feedback', 'add', n, '--rating', 'x'], { env: zh })
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain('须为 1 到 5 的整数')
    expect((await desk.run(['feedback', 'add', n, '--rating', '4'], { env: zh })).stderr).toBe(`✓ 已登记订单 ${n} 的客户满意度：4/5`)
    const twice = await desk.run(['feedback', 'add', n, '--rating', '5'], { env: zh })
    expect(twice.exitCode).toBe(4)
    expect(twice.stderr).toBe(`orderdesk: 订单 ${n} 已登记客户满意度（4/5，li 登记）；要修改请加 --replace`)

    const opened = await desk.run(['complaint', 'open', n, '--text', '一箱有凹痕'], { env: zh })
    expect(opened.stdout).toBe('1')
    expect(opened.stderr).toBe(`✓ 已登记投诉 #1（订单 ${n}）\n${next('orderdesk complaint resolve 1 --resolution <text>')}`)
    const open = await desk.run(['complaint', 'list'], { env: zh })
    expect(open.stdout.split('\n').slice(0, 3)).toEqual([
      '编号  订单号    客户   状态    登记日期    投诉内容    处理结果',
      '────  ────────  ─────  ──────  ──────────  ──────────  ────────',
      `   1  ${n}  ALFKI  处理中  2026-11-26  一箱有凹痕`,
    ])
    const resolved = await desk.run(['complaint', 'resolve', '1', '--resolution', '补发一箱'], { env: zh })
    expect(resolved.stderr).toBe(`✓ 投诉 #1（订单 ${n}）已解决`)
    expect((await desk.run(['complaint', 'list'], { env: zh })).stdout).toContain(`   1  ${n}  ALFKI  已解决  2026-11-26  一箱有凹痕  补发一箱`)
    const done = await desk.run(['complaint', 'resolve', '1', '--resolution', '再来'], { env: zh })
    expect(done.exitCode).toBe(4)
    expect(done.stderr).toBe('orderdesk: 投诉 1 已解决（补发一箱）')
    const notANumber = await desk.run(['complaint', 'resolve', 'abc', '--resolution', 'x'], { env: zh })
    expect(notANumber.exitCode).toBe(2)
    expect(notANumber.stderr).toContain('须为投诉编号，如 7（查看 `orderdesk complaint list`）')
    expect((await desk.run(['complaint', 'list', '--open'], { env: zh })).stdout).toBe('没有投诉')
  })

  it('complaint open --json is the same in English and in Chinese', async () => {
    const a = await fresh()
    const n = await ready(a, ['NW-011=1'], '21.00')
    const b = await fresh({ copyOf: a })
    const en = await a.run(['complaint', 'open', n, '--text', 'one case dented', '--json'])
    const cn = await b.run(['complaint', 'open', n, '--text', 'one case dented', '--json'], { env: zh })
    expect(cn.exitCode).toBe(0)
    expect(cn.stdout).toBe(en.stdout)
    expect(JSON.parse(cn.stdout)).toEqual({ id: 1, order: n, status: 'open', text: 'one case dented' })
    expect(cn.stderr).toBe('')
  })
})

describe('users and settings in Chinese', () => {
  it('user list shows the roles by their Chinese names; user add, edit and pin say it in Chinese', async () => {
    const desk = await fresh()
    const list = await desk.run(['user', 'list'], { env: zh })
    const rows = list.stdout.split('\n')
    expect(rows[0]).toBe('用户名  角色        姓名       PIN')
    expect(rows).toContain('wang    业务部经理  Wang Fang  已设置')
    expect(rows).toContain('zhou    物流        Zhou Jie')
    expect(rows).toContain('sun     物控        Sun Li')

    const byClerk = await desk.run(['user', 'add', 'zhang', '--role', 'clerk'], { env: zh })
    expect(byClerk.exitCode).toBe(4)
    expect(byClerk.stderr).toBe('orderdesk: li 的角色是 业务员，无权新增用户（需要 业务部经理 角色）')
    const added = await desk.run(['user', 'add', 'zhang', '--role', 'clerk', '--full-name', '张敏'], { user: 'wang', env: { ...zh, ORDERDESK_PIN: DEMO_PIN } })
    expect(added.stderr).toBe('✓ 已添加用户 zhang，角色：业务员')
    const edited = await desk.run(['user', 'edit', 'zhang', '--role', 'finance'], { user: 'wang', env: { ...zh, ORDERDESK_PIN: DEMO_PIN } })
    expect(edited.stderr).toBe('✓ 用户 zhang 的角色已改为 财务（原为 业务员）')
    const same = await desk.run(['user', 'edit', 'zhang', '--role', 'finance'], { user: 'wang', env: { ...zh, ORDERDESK_PIN: DEMO_PIN } })
    expect(same.exitCode).toBe(2)
    expect(same.stderr).toContain('zhang 的角色已是 财务，未做修改')
    const pin = await desk.run(['user', 'pin', 'zhang'], { user: 'wang', env: { ...zh, ORDERDESK_PIN: DEMO_PIN, ORDERDESK_NEW_PIN: '13572468' } })
    expect(pin.stderr).toBe('✓ 已为 zhang 设置 PIN')
    const missing = await desk.run(['user', 'pin', 'li'], { user: 'wang', env: { ...zh, ORDERDESK_PIN: undefined } })
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toContain('`ORDERDESK_PIN（wang 的 PIN）`、`ORDERDESK_NEW_PIN（li 的新 PIN）`')

    const help = await desk.run(['user', 'add', '--help'], { env: zh })
    expect(help.stdout).toMatch(/--role <role> +可选：clerk 业务员、manager 业务部经理、mc 物控、logistics\s+物流、finance 财务\n/)
  })

  it('a role picked from a Chinese pick list and PINs asked in Chinese on a terminal', async () => {
    const desk = await fresh()
    const env = { ORDERDESK_DB: desk.db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'wang', NO_COLOR: '1', ORDERDESK_LANG: 'zh-CN', ORDERDESK_PIN: undefined, ORDERDESK_NO_INPUT: undefined }
    const r = await runInPty(['node', BIN, 'user', 'edit', 'chen'], [
      { expect: 'chen 的新角色' },
      { expect: '业务部经理' },
      { expect: '财务' },
      { send: '\u001b[B' }, // 业务员 → 业务部经理
      { send: '\u001b[B' }, // → 物控
      { send: '\u001b[B' }, // → 物流
      { send: '\u001b[B' }, // → 财务
      { send: '\r' },
      { expect: 'wang 的 PIN' },
      { send: DEMO_PIN, delay: 0.3 },
      { send: '\r' },
      { expect: '原为 业务员' },
    ], { env })
    expect(r.ok, r.output).toBe(true)
    expect(r.exitCode).toBe(0)
    expect(lines(r).at(-1)).toBe('✓ 用户 chen 的角色已改为 财务（原为 业务员）')
    expect((await desk.json(['user', 'list'])).find((u: any) => u.name === 'chen')).toMatchObject({ role: 'finance' })

    const p = await runInPty(['node', BIN, 'user', 'pin', 'li'], [
      { expect: 'wang 的 PIN' },
      { send: DEMO_PIN, delay: 0.3 },
      { send: '\r' },
      { expect: 'li 的新 PIN' },
      { send: '12\r' },
      { expect: 'PIN 须为 6 到 64 个字符' },
      { send: '\u0015', delay: 0.3 }, // clear the line
      { send: '24681357\r' },
      { expect: '再输入一次新 PIN' },
      { send: '24681357\r' },
      { expect: '已为 li 设置 PIN' },
    ], { env })
    expect(p.ok, p.output).toBe(true)
    expect(p.exitCode).toBe(0)
    expect(p.output).not.toContain('24681357')
  })

  it('settings show their meanings; desk.language zh-CN makes the desk speak Chinese, --lang en and ORDERDESK_LANG=en override it', async () => {
    const desk = await fresh()
    const shown = await desk.run(['settings', 'show'], { env: zh })
    expect(shown.stdout.split('\n')[0]).toMatch(/^设置项 +值 +说明$/)
    expect(shown.stdout).toMatch(/^desk\.language +（未设置） +工作台的界面语言，适用于没有自行选择语言（--lang、ORDERDESK_LANG）的每个人：zh-CN 或 en$/m)
    // the demo desk has a letterhead (issue 19): the tax id is set, its meaning in Chinese
    expect(shown.stdout).toMatch(/^company\.taxId +\S.* +公司税号（统一社会信用代码），印在单据上$/m)
    // English as before
    expect((await desk.run(['settings', 'show'])).stdout).toMatch(/^quote\.validityDays +\(unset\) +a quotation is valid this many days from the stock check \(default 30\)$/m)

    const byClerk = await desk.run(['settings', 'set', 'desk.language', 'zh-CN'], { env: zh })
    expect(byClerk.exitCode).toBe(4)
    expect(byClerk.stderr).toBe('orderdesk: li 的角色是 业务员，无权修改设置（需要 业务部经理 角色）')

    const jsonBefore = await desk.run(['user', 'list', '--json'])
    const set = await desk.run(['settings', 'set', 'desk.language', 'zh_CN'], asManager)
    expect(set.exitCode, set.stderr).toBe(0)
    expect(set.stderr).toBe('✓ desk.language = zh-CN') // said in the language it was run in
    expect(JSON.parse((await desk.run(['settings', 'show', '--json'])).stdout)['desk.language']).toBe('zh-CN')

    // no --lang, no ORDERDESK_LANG, an English locale: the desk's Chinese
    const users = await desk.run(['user', 'list'], { env: { LANG: 'en_US.UTF-8' } })
    expect(users.stdout.split('\n')[0]).toBe('用户名  角色        姓名       PIN')
    const q = await desk.run(['settings', 'set', 'quote.approvalAbove', '50000'], asManager)
    expect(q.stderr).toBe('✓ 已设置 quote.approvalAbove = 50000.00')
    // --lang en and ORDERDESK_LANG=en win over the desk
    expect((await desk.run(['user', 'list', '--lang', 'en'])).stdout.split('\n')[0]).toBe('Name  Role       Full name  PIN')
    expect((await desk.run(['user', 'list'], { env: { ORDERDESK_LANG: 'en' } })).stdout.split('\n')[0]).toBe('Name  Role       Full name  PIN')
    // the JSON does not follow the language
    expect((await desk.run(['user', 'list', '--json'])).stdout).toBe(jsonBefore.stdout)
    expect((await desk.run(['settings', 'show', '--json'])).stdout).toBe((await desk.run(['settings', 'show', '--json', '--lang', 'en'])).stdout)

    const unset = await desk.run(['settings', 'unset', 'desk.language'], asManager)
    expect(unset.stderr).toBe('✓ 已清除设置 desk.language')
    expect((await desk.run(['user', 'list'])).stdout.split('\n')[0]).toBe('Name  Role       Full name  PIN')
  })
})
