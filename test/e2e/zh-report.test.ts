import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import stringWidth from 'string-width'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * `report status` in Chinese (--lang zh-CN) on a small desk: an unchecked rush inquiry, a
 * contract waiting for its deposit, a production order MC has not accepted, a shipment sent and
 * not delivered, and an inquiry on the report day (2026-11-26). The human formats speak Chinese;
 * CSV and JSON are the same bytes in both languages.
 */

let desk: Desk
/** Order numbers: A (rush inquiry), B (awaiting deposit), C (production not accepted), D (sent), E (today's inquiry). */
const N: Record<string, string> = {}

const zh = ['--lang', 'zh-CN']

async function step(user: string, date: string, args: string[]): Promise<string> {
  const r = await desk.run(args, { user, env: { ORDERDESK_TODAY: `2026-${date}`, ORDERDESK_PIN: DEMO_PIN } })
  if (r.exitCode !== 0) throw new Error(`${user}@${date} orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout.trim()
}

beforeAll(async () => {
  desk = await tempDesk()
  const inquiry = (user: string, date: string, ...args: string[]) => step(user, date, ['inquiry', 'new', ...args])
  const contract = (n: string, due: string, ...more: string[]) => ['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', due, ...more]
  N.A = await inquiry('li', '11-24', '--customer', 'ALFKI', '--item', 'NW-011=5', '--rush')
  N.B = await inquiry('li', '11-25', '--customer', 'BLAUS', '--item', 'NW-001=10')
  await step('li', '11-25', ['stock', 'check', N.B])
  await step('li', '11-25', contract(N.B, '2026-12-02', '--deposit', '30'))
  N.C = await inquiry('li', '11-16', '--customer', 'BONAP', '--item', 'NW-017=4')
  await step('li', '11-16', ['stock', 'check', N.C, '--mc-date', 'NW-017=2026-12-20'])
  await step('li', '11-17', contract(N.C, '2026-11-24'))
  await step('wu', '11-17', ['payment', 'record', N.C, '--amount', '156.00'])
  await step('wang', '11-18', ['order', 'confirm', N.C, '--assign', 'sun'])
  N.D = await inquiry('li', '11-17', '--customer', 'ANTON', '--item', 'NW-006=4')
  await step('li', '11-17', ['stock', 'check', N.D])
  await step('li', '11-17', contract(N.D, '2026-11-24'))
  await step('wu', '11-17', ['payment', 'record', N.D, '--amount', '100.00'])
  await step('wang', '11-18', ['order', 'confirm', N.D])
  await step('li', '11-20', ['ship', N.D, '--date', '2026-11-21', '--carrier', 'SF Express'])
  await step('zhou', '11-21', ['ship', 'send', N.D, '--tracking', 'SF-778'])
  N.E = await inquiry('chen', '11-26', '--customer', 'ANATR', '--item', 'NW-004=1')
}, 180_000)

afterAll(() => desk?.cleanup())

async function report(args: string[]): Promise<string> {
  const r = await desk.run(['report', 'status', ...args])
  expect(r.stderr).toBe('')
  expect(r.exitCode).toBe(0)
  return r.stdout
}

describe('report status in Chinese', () => {
  it('text: Chinese headings, list titles, status names and amounts, within 100 columns', async () => {
    const { A, B, C, D } = N as Record<string, string>
    const lines = (await report(zh)).split('\n')
    expect(Math.max(...lines.map((l) => stringWidth(l)))).toBeLessThanOrEqual(100)
    expect(lines[0]).toMatch(/^订单台状态日报 {2}2026-11-26 星期四 +生成于 20\d\d-\d\d-\d\d \d\d:\d\d UTC$/)
    expect(lines[1]).toBe('截至营业日 2026-11-26 结束。本月累计自 2026-11-01 起；近 30 天自 2026-10-28 起。')
    const expected = [
      '【订单概况】',
      '  状态      订单数    金额',
      '  已签合同       1  180.00',
      '【待办：4】',
      '  待办事项                        处理人       数量',
      '  询价超过一天未做库存查询        业务员          1',
      '  询价超过一天未做库存查询（1）',
      `    ${A} 急  ALFKI Alfreds Futterkiste  2天  合计 ¥105.00`,
      `                 下一步：orderdesk stock check ${A}`,
      `    ${B}  BLAUS Blauer See Delikatess…  1天  定金尚差 ¥54.00（30 %），付款期限 2026-12-02`,
      `    ${C}-MO1  BONAP Bon app'  8天  物控 sun，交期 2026-12-20`,
      `    ${D}-OS1  ANTON Antonio Moreno Taquer…  5天  SF Express，运单号 SF-778，交期 2026-11-17`,
      '【款项】',
      '  当日结束时的应收账款（已签合同的订单，合计 − 已付）：¥180.00',
      '【2026-11-26 当日操作：审计记录 2 条】',
      '  chen（业务员）       1  登记询价 1',
    ]
    expect(expected.filter((l) => !lines.includes(l))).toEqual([])
  })

  it('markdown: Chinese headings, table headers and status names', async () => {
    const { A, B } = N as Record<string, string>
    const md = await report([...zh, '--format', 'md'])
    expect(md).toMatch(/^# 状态日报 — 2026-11-26 星期四\n/)
    const headings = ['## 订单概况', '## 待办（4）', '### 已签合同，待付定金（1）', '## 逾期（2 个订单，¥280.00）', '## 近 30 天交货（2026-10-28 至 2026-11-26）', '## 款项', '## 2026-11-26 当日操作（2 条）']
    const rows = [
      '| 已签合同 | 1 | 180.00 |',
      '| 订单号 | 客户 | 已等 | 说明 | 下一步 |',
      `| ${A} 急单 | ALFKI Alfreds Futterkiste | 2 天 | 合计 ¥105.00 | \`orderdesk stock check ${A}\` |`,
      `| ${B} | BLAUS Blauer See Delikatessen | 1 天 | 定金尚差 ¥54.00（30 %），付款期限 2026-12-02 | \`orderdesk payment record ${B} --amount 54.00\` |`,
      '| chen | 业务员 | 1 | 登记询价 1 |',
    ]
    const lines = md.split('\n')
    expect([...headings, ...rows].filter((l) => !lines.includes(l))).toEqual([])
  })

  it('html: lang zh-CN, a Chinese font stack, Chinese headings, chart labels and status names', async () => {
    const html = await report([...zh, '--format', 'html'])
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="zh-CN">/)
    const parts = [
      'body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif; }',
      '<title>状态日报 2026-11-26 · orderdesk</title>',
      '<h1>订单台状态日报</h1><p class="date">2026-11-26 星期四</p>',
      'aria-label="各状态订单数"',
      'class="lbl">已签合同</text>',
      '<h2>待办 · 4</h2>',
      '<h3>生产命令单物控未接单<span class="count">（1）</span><span class="owner">物控</span></h3>',
      '<th>订单号</th><th>客户</th><th class="n">已等</th><th>说明</th><th>下一步</th>',
      'class="lbl">新询价（5）</text>',
      '<div class="n">¥180.00</div><div class="l">应收账款</div>',
    ]
    expect(parts.filter((p) => !html.includes(p))).toEqual([])
    // the English page keeps its own fonts and words
    const english = await report(['--format', 'html'])
    expect(english).toMatch(/^<!DOCTYPE html>\n<html lang="en">/)
    expect(english).not.toContain('font-family: "Noto Sans CJK SC"')
    expect(english).toContain('<h1>Order desk status report</h1>')
  })

  it('csv and json are the same bytes in both languages (codes, English columns and words)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'orderdesk-zh-report-'))
    try {
      await report(['--out', join(dir, 'en.csv')])
      await report([...zh, '--out', join(dir, 'zh.csv')])
      const csv = readFileSync(join(dir, 'zh.csv'))
      expect(csv.equals(readFileSync(join(dir, 'en.csv')))).toBe(true)
      expect(csv.toString('utf8').split('\r\n')[1]).toBe(
        `inquiriesNotChecked,clerk,${N.A},,ALFKI,Alfreds Futterkiste,1,2026-11-24,2,total 105.00,orderdesk stock check ${N.A}`,
      )
      // generatedAt is the clock at the run: the same field in both, its value set aside
      const stable = (s: string) => s.replace(/"generatedAt": "[^"]+"/, '"generatedAt": "…"')
      const en = await report(['--format', 'json'])
      const zhJson = await report([...zh, '--format', 'json'])
      expect(stable(zhJson)).toBe(stable(en))
      const j = JSON.parse(zhJson)
      expect(j.pipeline.statuses[3]).toEqual({ status: 'contracted', orders: 1, value: '180.00' })
      expect(j.needsAction.lists[0]).toMatchObject({ key: 'inquiriesNotChecked', title: 'Inquiries not stock-checked after a day', owner: 'clerk' })
      expect(j.activity.users).toContainEqual({ user: 'chen', role: 'clerk', events: 1, actions: [{ action: 'inquiry.new', events: 1 }] })
      // --json: the same in both languages too
      expect(stable(await report([...zh, '--json']))).toBe(stable(en))
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('a bad --date is refused in Chinese (exit 2, the JSON error keeps its code)', async () => {
    const r = await desk.run(['report', 'status', ...zh, '--date', 'tomorrow'])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toContain('不能晚于今天（2026-11-26）：日报只报已经过去的营业日')
    const j = await desk.run(['report', 'status', ...zh, '--date', 'tomorrow', '--json'])
    expect(j.exitCode).toBe(2)
    expect(JSON.parse(j.stderr).error).toMatchObject({ code: 'invalid_value', details: { field: '--date', value: 'tomorrow' } })
  })

  it('help in Chinese', async () => {
    const r = await desk.run(['report', 'status', '--help', ...zh])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('一个营业日结束时工作台的状况：订单概况、待办、逾期、交货、款项、生产、当日操作')
    expect(r.stdout).toContain('任何人（只读取工作台）')
    expect(r.stdout).toContain('$ orderdesk report status --date yesterday --out /srv/reports/status.html')
  })
})
