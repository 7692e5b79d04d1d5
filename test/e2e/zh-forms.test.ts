import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import stringWidth from 'string-width'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * The printed forms in Chinese (`--lang zh-CN`, or the desk's desk.language): the title,
 * labels and values in Chinese (payment methods, units, channels, statuses by their names,
 * amounts beside labels in ¥), 80 columns with the Chinese aligned, the HTML page in Chinese,
 * the refusals and the help. A form reprinted in another language is the same record: the
 * desk stores codes and data, and the words are the print's.
 * One desk: A contracted from stock (a product sold in pieces), B made to order, confirmed,
 * produced, sent and delivered.
 */
let desk: Desk
let A: string
let B: string
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }
const zh = { env: { ORDERDESK_LANG: 'zh-CN' } }

async function ok(args: string[], opts?: { user?: string; env?: Record<string, string> }) {
  const r = await desk.run(args, opts)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout.trim()
}

/** `orderdesk --lang zh-CN print ...args`: the form on stdout. */
async function printZh(...args: string[]): Promise<string> {
  const r = await desk.run(['--lang', 'zh-CN', 'print', ...args])
  expect(r.exitCode, r.stderr).toBe(0)
  return r.stdout
}

/** Every line fits 80 columns (display width, Chinese characters counting two). */
function lines80(text: string): string[] {
  const lines = text.split('\n')
  for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80)
  return lines
}

/** The cells of a table row (split on two or more spaces). */
const cells = (lines: string[], needle: string) =>
  lines
    .find((l) => l.includes(needle))!
    .split(/ {2,}/)
    .map((s) => s.trim())
    .filter(Boolean)

beforeAll(async () => {
  desk = await tempDesk()
  await ok(['settings', 'set', 'company.name', '上海北风木业有限公司'], manager)
  await ok(['product', 'add', '--sku', 'PLY-18', '--name', '18mm 桉木胶合板', '--price', '96.00', '--unit', 'pcs'])
  await ok(['stock', 'receive', '--sku', 'PLY-18', '--qty', '100'])
  A = await ok(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--item', 'PLY-18=10', '--requested', '2026-12-10', '--source-ref', 'REC-0042'])
  await ok(['stock', 'check', A])
  await ok(['contract', 'sign', A, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '30'])
  B = await ok(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-017=20', '--item', 'NW-011=4', '--channel', 'fax', '--source-ref', 'FAX-0815', '--rush'])
  await ok(['stock', 'check', B, '--mc-date', 'NW-017=2026-12-17'])
  await ok(['contract', 'sign', B, '--payment-method', 'acceptance-bill', '--payment-due', '2026-12-06', '--deposit', '50'])
  await ok(['payment', 'record', B, '--amount', '864', '--ref', 'BOC-1200'], { user: 'wu' })
  await ok(['order', 'confirm', B], manager)
  await ok(['production', 'accept', `${B}-MO1`, '--date', '2026-12-14'], { user: 'sun' })
  await ok(['production', 'done', `${B}-MO1`], { user: 'sun' })
  await ok(['ship', B, '--date', '2026-11-28'])
  await ok(['ship', 'send', B, '--tracking', 'SF1234567'], { user: 'zhou' })
  await ok(['ship', 'deliver', B], { user: 'zhou' })
}, 180_000)
afterAll(() => desk?.cleanup())

describe('a Chinese form (zh-CN)', () => {
  it('销售合同: Chinese title, labels and values, 大写金额, aligned in 80 columns', async () => {
    const text = await printZh('contract', A)
    const lines = lines80(text)
    expect(lines[0]!.trim()).toBe('上海北风木业有限公司')
    expect(lines.map((l) => l.trim())).toContain('销售合同')
    expect(text).not.toContain('SALES CONTRACT')
    expect(text).toContain(`合同编号 ${A}-CT1`)
    expect(text).toMatch(new RegExp(`\n订单号 +${A} +签订日期 +2026-11-26\n`))
    expect(text).toContain('需方  Alfreds Futterkiste (ALFKI)')
    expect(text).toContain('      联系人：Maria Anders   电话：030-0074321')
    // the header is one Chinese line; the units by their names
    const header = lines.find((l) => l.startsWith('序号'))!
    expect(header.split(/ {2,}/)).toEqual(['序号', '产品编号', '产品名称', '单位', '数量', '单价', '折扣', '金额'])
    expect(cells(lines, 'NW-011')).toEqual(['1', 'NW-011', 'Queso Cabrales', '箱', '5', '21.00', '105.00'])
    const ply = lines.find((l) => l.includes('PLY-18'))!
    expect(cells(lines, 'PLY-18')).toEqual(['2', 'PLY-18', '18mm 桉木胶合板', '件', '10', '96.00', '960.00'])
    expect(stringWidth(ply.slice(0, ply.indexOf('件')))).toBe(stringWidth(header.slice(0, header.indexOf('单位'))))
    expect(stringWidth(ply)).toBe(80)
    expect(text).toMatch(/ 合计  1,065\.00\n/)
    expect(text).toContain('大写金额  人民币 壹仟零陆拾伍元整\n')
    expect(text).toContain('付款方式  银行转账，付款期限 2026-12-03\n')
    expect(text).toContain('定金      30%（¥319.50）\n')
    expect(text).toContain('交货日期  2026-11-26 前（客户要求 2026-12-10）\n')
    expect(text).toContain('来源      电话，REC-0042\n')
    expect(text).toMatch(/\| 业务员 +\| 客户 +\|/)
    expect(text).toMatch(/\| 供方代表 +\| 需方代表（签字盖章） +\|/)
    expect(text).toContain(`${A}-CT1   打印日期 2026-11-26   orderdesk`)
    expect(text).not.toMatch(/transfer|phone|case\b|pcs/)
  })

  it('销售合同 as an A4 page: Chinese title, headers, values and page numbers', async () => {
    const html = await printZh('contract', A, '--format', 'html')
    expect(html).toContain('<html lang="zh-CN">')
    expect(html).toContain(`<title>销售合同 ${A}-CT1</title>`)
    expect(html).toContain('<h1>销售合同</h1>')
    expect(html).toContain(`<div class="docno">合同编号 <b>${A}-CT1</b></div>`)
    expect(html).toContain('<th>序号</th><th>产品编号</th><th>产品名称</th><th>单位</th><th>数量</th><th>单价</th><th>折扣</th><th>金额</th>')
    expect(html).toContain('<td>件</td>')
    expect(html).toContain('<tr><th>付款方式</th><td>银行转账，付款期限 2026-12-03</td></tr>')
    expect(html).toContain('<div class="words">大写金额：<b>人民币壹仟零陆拾伍元整</b></div>')
    expect(html).toContain('<div class="sig"><div class="role">客户</div><div class="note">需方代表（签字盖章）</div><div class="ink"></div><div class="date">日期</div></div>')
    expect(html).toContain('content: "第 " counter(page) " 页，共 " counter(pages) " 页"')
    expect(html).not.toMatch(/Sales Contract|transfer|Page /)
  })

  it('销售订单: signed by the manager, supply from stock and production, 插单', async () => {
    const lines = lines80(await printZh('sales-order', B))
    const text = lines.join('\n')
    expect(lines.map((l) => l.trim())).toContain('销售订单')
    expect(text).toContain(`订单编号 ${B}-SO1`)
    expect(text).toContain('付款方式  承兑汇票，付款期限 2026-12-06\n')
    expect(text).toContain('定金      50%（¥432.00）\n')
    expect(text).toContain('供货      NW-011 x 4 库存供货\n')
    expect(text).toContain(`          NW-017 x 20 生产命令单 ${B}-MO1（物控 Sun Li (sun)，要求完成`)
    expect(text).toContain('来源      传真，FAX-0815\n')
    expect(text).toContain('优先级    插单\n')
    expect(text).toMatch(/\| 业务员 +\| 业务部经理 +\|/)
    expect(text).toMatch(/\| 制单 +\| 签发 +\|/)
    expect(text).toContain('经业务部经理签字后生效。')
  })

  it('生产命令单: no prices, MC accepted and done, status by its name', async () => {
    const lines = lines80(await printZh('production-order', B))
    const text = lines.join('\n')
    expect(lines.map((l) => l.trim())).toContain('生产命令单')
    expect(text).toContain(`命令单号 ${B}-MO1`)
    expect(text).toMatch(/\n下达日期 +2026-11-26 +优先级 +插单\n/)
    expect(text).toMatch(/\n版本 +\d+ +承诺完成 +2026-12-14\n/)
    expect(lines.find((l) => l.startsWith('序号'))!.split(/ {2,}/)).toEqual(['序号', '产品编号', '产品名称', '单位', '数量', '已入库', '不合格', '要求完成'])
    expect(cells(lines, 'NW-017')).toEqual(['1', 'NW-017', 'Alice Mutton', '箱', '20', '20', '2026-12-17'])
    expect(text).toContain('状态      已完工\n')
    expect(text).toContain('订单行    订购 20 箱，库存供货 0，待生产 20\n')
    expect(text).toMatch(/\| 业务员 +\| 业务部经理 +\| 物控部 +\|/)
    expect(text).toMatch(/\| 下达 +\| 签发 +\| 已接单，承诺完成 +\|\n\| +\| +\| 2026-12-14；已完工 +\|/)
    expect(text).not.toContain('39.00')
  })

  it('货物出库单: 已送达, paid in ¥, the carrier not given (无), text and html', async () => {
    const lines = lines80(await printZh('outbound-slip', B))
    const text = lines.join('\n')
    expect(lines.map((l) => l.trim())).toContain('货物出库单')
    expect(text).toContain(`出库单号 ${B}-OS1`)
    expect(text).toMatch(/\n开单日期 +2026-11-26 +状态 +已送达\n/)
    expect(text).toMatch(new RegExp(`\n订单号 +${B} +承运商 +无\n`))
    expect(text).toMatch(/\n版本 +\d+ +运单号 +SF1234567\n/)
    expect(text).toContain('\n发货日期  2026-11-28\n')
    expect(text).toContain('收货方  Paul Henriot\n')
    expect(text).toMatch(/ 本单合计  864\.00\n/)
    expect(text).toContain('付款情况  已付 ¥864.00，订单合计 ¥864.00（已付清）\n')
    expect(text).toContain('送达日期  2026-11-26\n')
    expect(text).toMatch(/\| 业务员 +\| 物流部 +\| 客户 +\|/)
    expect(text).toMatch(/\| 开单 +\| 发货 +\| 2026-11-26 签收 +\|/)
    expect(text).not.toMatch(/delivered|paid|GOODS/)
    const html = await printZh('outbound-slip', B, '--format', 'html')
    expect(html).toContain('<h1>货物出库单</h1>')
    expect(html).toContain('<tr><th>状态</th><td>已送达</td></tr>')
    expect(html).toContain('<tr><th>承运商</th><td>无</td></tr>')
    expect(html).toContain('<td>箱</td>')
  })
})

describe('print in zh-CN: refusals, --out, --json and help', () => {
  it('a form not issued yet is refused in Chinese, with what to do (exit 4)', async () => {
    const r = await desk.run(['--lang', 'zh-CN', 'print', 'sales-order', A])
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toContain(`订单 ${A} 还没有销售订单：它的状态是 已签合同；定金到账后由业务部经理签字生效：\`orderdesk order confirm ${A}\``)
    const kind = await desk.run(['--lang', 'zh-CN', 'print', 'contract', `${B}-OS1`])
    expect(kind.exitCode).toBe(2)
    expect(kind.stderr).toContain(`这是货物出库单，不是销售合同；打印它：\`orderdesk print outbound-slip ${B}-OS1\``)
  })

  it('--out says where the form went in Chinese; --json is the same in both languages', async () => {
    const file = join(desk.dir, 'slip.html')
    const r = await desk.run(['print', 'outbound-slip', B, '--out', file], zh)
    expect(r.exitCode, r.stderr).toBe(0)
    expect(r.stderr).toBe(`✓ 货物出库单 ${B}-OS1 已写入 ${file}（html）`)
    expect(readFileSync(file, 'utf8')).toContain('<h1>货物出库单</h1>')
    const [inZh, inEn] = await Promise.all([
      desk.json(['print', 'outbound-slip', B, '--out', file], zh),
      desk.json(['print', 'outbound-slip', B, '--out', file], { env: { ORDERDESK_LANG: 'en' } }),
    ])
    expect(inZh).toEqual(inEn)
    expect(inZh).toEqual({
      form: 'outbound-slip', ref: B, document: `${B}-OS1`, order: B, revision: inZh.revision, format: 'html', out: file,
      // issue 19: printed from the copy stored when the slip was issued
      record: 'issued', sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
  })

  it('print --help in Chinese', async () => {
    const r = await desk.run(['print', '--help'], zh)
    expect(r.exitCode).toBe(0)
    // the help is folded at 80 columns, Chinese between any two characters: compared without the folds
    const flat = (t: string) => t.replace(/\s+/g, '')
    expect(flat(r.stdout)).toContain(
      flat('打印单据，<form> 为 inquiry 预订货记录、quotation 报价单、confirmation 订单确认书、contract 销售合同、sales-order 销售订单、production-order 生产命令单、change-form 生产计划变更单、outbound-slip 货物出库单；<ref> 为单据号，或订单号（打印该订单最新的一张）'),
    )
    expect(r.stdout).toContain('写入此文件（自动创建文件夹），不输出到屏幕')
  })
})

describe('a reprint in another language', () => {
  it('is the same record: the desk keeps codes and data, the words are the print', async () => {
    const record = async () => ({
      documents: await desk.query('SELECT number, kind, revision, data, signed_by, signed_at FROM documents ORDER BY id'),
      order: await desk.query('SELECT * FROM orders WHERE number = ?', [A]),
    })
    const before = await record()
    const english = await desk.run(['print', 'contract', A])
    expect(english.stdout).toContain('销售合同   SALES CONTRACT')
    expect(english.stdout).toContain('Payment 付款方式   transfer, due 付款期限 2026-12-03')
    const chinese = await printZh('contract', A)
    // the office switches to Chinese: the same contract, now in Chinese without a flag
    await ok(['settings', 'set', 'desk.language', 'zh-CN'], manager)
    const reprinted = await desk.run(['print', 'contract', A])
    expect(reprinted.exitCode, reprinted.stderr).toBe(0)
    expect(reprinted.stdout).toBe(chinese)
    // and back in English, byte for byte what it printed before
    const again = await desk.run(['--lang', 'en', 'print', 'contract', A])
    expect(again.stdout).toBe(english.stdout)
    expect(await record()).toEqual(before)
  })
})
