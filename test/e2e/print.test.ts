import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import stringWidth from 'string-width'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * `orderdesk print`: every form's content, the 80-column text with Chinese product names,
 * the self-contained HTML, --out, --json, and the refusals. One desk, set up once (the forms
 * only read it): A all from stock and contracted, B made to order and sent, C only offered,
 * and three contracts whose totals test the capital numerals.
 */
let desk: Desk
let A: string
let B: string
let C: string
const caps: Record<string, string> = {}
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

async function ok(args: string[], opts?: { user?: string; env?: Record<string, string> }) {
  const r = await desk.run(args, opts)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout.trim()
}

/** `orderdesk print ...args`, run once per distinct args (printing only reads the desk). */
const runs = new Map<string, ReturnType<Desk['run']>>()
function run(...args: string[]): ReturnType<Desk['run']> {
  const key = args.join('\u0000')
  if (!runs.has(key)) runs.set(key, desk.run(['print', ...args]))
  return runs.get(key)!
}

/** The form on stdout (with its final newline). */
async function print(...args: string[]): Promise<string> {
  const r = await run(...args)
  expect(r.exitCode, r.stderr).toBe(0)
  return `${r.stdout}\n`
}

/** Every line fits 80 columns (display width, Chinese characters counting two). */
function expect80(text: string) {
  const lines = text.replace(/\n$/, '').split('\n')
  for (const l of lines) expect(stringWidth(l), l).toBeLessThanOrEqual(80)
  return lines
}

/** The display column where `needle` starts in `line`. */
const col = (line: string, needle: string) => stringWidth(line.slice(0, line.indexOf(needle)))

beforeAll(async () => {
  desk = await tempDesk()
  await Promise.all([
    ok(['settings', 'set', 'company.name', '上海北风贸易有限公司 Northwind Trading (Shanghai) Co., Ltd.'], manager),
    ok(['settings', 'set', 'company.address', '上海市浦东新区世纪大道88号'], manager),
    ok(['settings', 'set', 'company.phone', '+86 21 5555 0100'], manager),
    ok(['settings', 'set', 'company.taxId', '91310115MA1K4ABC2X'], manager),
    ok(['settings', 'set', 'company.bank', 'ICBC Pudong 1001 2345'], manager),
    ok(['settings', 'set', 'quote.validityDays', '14'], manager),
    ok(['product', 'add', '--sku', 'CN-TEA', '--name', '西湖龙井茶（特级）', '--price', '1280.50', '--unit', '盒']).then(() =>
      ok(['stock', 'receive', '--sku', 'CN-TEA', '--qty', '50']),
    ),
  ])
  const contracted = async (items: string[], extra: string[] = []) => {
    const n = await ok(['inquiry', 'new', '--customer', 'ALFKI', ...items.flatMap((i) => ['--item', i]), ...extra])
    await ok(['stock', 'check', n])
    await ok(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '30'])
    return n
  }
  const made = async () => {
    const n = await ok(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-017=20', '--item', 'NW-011=4', '--channel', 'fax', '--source-ref', 'FAX-0815', '--rush'])
    await ok(['stock', 'check', n, '--mc-date', 'NW-017=2026-12-17'])
    await ok(['contract', 'sign', n, '--payment-method', 'acceptance-bill', '--payment-due', '2026-12-06', '--deposit', '50'])
    await ok(['payment', 'record', n, '--amount', '864', '--ref', 'BOC-1200'], { user: 'wu' })
    await ok(['order', 'confirm', n], manager)
    await ok(['production', 'accept', `${n}-MO1`, '--date', '2026-12-14'], { user: 'sun' })
    await ok(['production', 'done', `${n}-MO1`], { user: 'sun' })
    await ok(['ship', n, '--date', '2026-11-28', '--carrier', 'SF Express'])
    await ok(['ship', 'send', n, '--tracking', 'SF1234567'], { user: 'zhou' })
    return n
  }
  const offered = async () => {
    const n = await ok(['inquiry', 'new', '--customer', 'BERGS', '--item', 'NW-002=3'])
    await ok(['stock', 'check', n])
    return n
  }
  ;[A, B, C, caps['0.07'], caps['100000.50'], caps['1000000001.00']] = await Promise.all([
    contracted(['NW-011=5', 'NW-001=10', 'CN-TEA=3@1200'], ['--requested', '2026-12-10', '--source-ref', 'REC-0042']),
    made(),
    offered(),
    contracted(['CN-TEA=1@0.07']),
    contracted(['CN-TEA=2@50000.25']),
    contracted(['CN-TEA=1@1000000001']),
  ])
  // the read-only prints of the tests below, a few at a time
  const prints = [
    ['contract', A], ['contract', `${caps['0.07']}-CT1`], ['contract', `${caps['100000.50']}-CT1`], ['contract', `${caps['1000000001.00']}-CT1`],
    ['inquiry', A], ['quotation', A], ['quotation', `${B}-QT1`], ['confirmation', A], ['sales-order', B], ['production-order', B],
    ['outbound-slip', B], ['contract', C], ['sales-order', A], ['production-order', A], ['outbound-slip', A], ['change-form', A],
    ['contract', '26-09999'], ['contract', `${A}-CT9`], ['contract', 'xyz'], ['contract', `${B}-OS1`], ['invoice', A],
    ['contract', A, '--format', 'html'], ['outbound-slip', B, '--format', 'html'],
  ]
  for (let i = 0; i < prints.length; i += 3) await Promise.all(prints.slice(i, i + 3).map((p) => run(...p)))
}, 180_000)
afterAll(() => desk?.cleanup())

describe('print contract', () => {
  it('has the company header, titles, numbers, lines, totals, capital numerals, terms and signatures, in 80 columns', async () => {
    const text = await print('contract', A)
    const lines = expect80(text)
    expect(lines[0]!.trim()).toBe('上海北风贸易有限公司 Northwind Trading (Shanghai) Co., Ltd.')
    expect(text).toContain('上海市浦东新区世纪大道88号')
    expect(text).toContain('Tel 电话 +86 21 5555 0100   Tax ID 税号 91310115MA1K4ABC2X')
    expect(text).toContain('Bank 开户行 ICBC Pudong 1001 2345')
    expect(text).toContain('销售合同   SALES CONTRACT')
    expect(text).toContain(`No. 合同编号 ${A}-CT1`)
    expect(text).toMatch(new RegExp(`\nOrder 订单号 +${A} +Signed 签订日期 +2026-11-26\n`))
    expect(text).toMatch(/\nRevision 版本 +3 +Delivery 交货日期 +2026-11-26\n/)
    expect(text).toContain('Buyer 需方  Alfreds Futterkiste (ALFKI)')
    expect(text).toContain('Obere Str. 57, 12209 Berlin, Germany')
    const row = lines.find((l) => l.includes('CN-TEA'))!
    expect(row.split(/ {2,}/).map((s) => s.trim())).toEqual(['3', 'CN-TEA', '西湖龙井茶（特级）', '盒', '3', '1,200.00', '3,600.00'])
    expect(lines.find((l) => l.includes('NW-011'))!.split(/ {2,}/).map((s) => s.trim())).toEqual(['1', 'NW-011', 'Queso Cabrales', 'case', '5', '21.00', '105.00'])
    expect(text).toMatch(/Total 合计 +3,885\.00\n/)
    expect(text).toContain('Amount in words 大写金额  人民币 叁仟捌佰捌拾伍元整')
    expect(text).toContain('Payment 付款方式   transfer, due 付款期限 2026-12-03')
    expect(text).toContain('Deposit 定金       30 % = 1,165.50')
    expect(text).toContain('Delivery 交货日期  by 2026-11-26   (requested 要求 2026-12-10)')
    expect(text).toContain('Source 来源        phone, REC-0042')
    expect(text).toMatch(/\| Clerk +\| Customer +\|/)
    expect(text).toMatch(/\| Li Na \(li\) +\| +\|/)
    expect(text).toMatch(/\| 2026-11-26 +\| +\|/)
  })

  it('lines up the columns with a Chinese product name', async () => {
    const lines = expect80(await print('contract', A))
    const header = lines.find((l) => l.trimStart().startsWith('#'))!
    const zh = lines.find((l) => l.startsWith('序'))!
    const rows = ['NW-011', 'NW-001', 'CN-TEA'].map((s) => lines.find((l) => l.includes(s))!)
    // the table spans the page: the right-aligned amounts end at column 80
    for (const l of [header, zh, ...rows]) expect(stringWidth(l)).toBe(80)
    expect(col(zh, '单位')).toBe(col(header, 'Unit'))
    expect(col(rows[0]!, 'case')).toBe(col(header, 'Unit'))
    expect(col(rows[2]!, '盒')).toBe(col(header, 'Unit'))
    expect(col(rows[2]!, '西湖')).toBe(col(header, 'Product'))
    // right-aligned prices end in the same column
    const priceEnd = col(header, 'Unit price') + 'Unit price'.length
    expect(col(rows[0]!, '21.00') + 5).toBe(priceEnd)
    expect(col(rows[2]!, '1,200.00') + 8).toBe(priceEnd)
    expect(col(zh, '单价') + 4).toBe(priceEnd)
  })

  it.each([
    ['0.07', '0.07', '柒分'],
    ['100000.50', '100,000.50', '壹拾万元伍角'],
    ['1000000001.00', '1,000,000,001.00', '壹拾亿零壹元整'],
  ])('a contract of %s shows the total and 人民币 %s in capital numerals', async (key, figures, words) => {
    const text = await print('contract', `${caps[key]}-CT1`)
    expect80(text)
    expect(text).toMatch(new RegExp(`Total 合计 +${figures.replace(/\./g, '\\.')}\n`))
    expect(text).toContain(`Amount in words 大写金额  人民币 ${words}\n`)
  })
})

describe('print, every other form', () => {
  it('inquiry: the pre-order as recorded', async () => {
    const text = await print('inquiry', A)
    expect80(text)
    expect(text).toContain('预订货记录   PRE-ORDER RECORD')
    expect(text).toContain(`No. 编号 ${A}`)
    expect(text).toMatch(/Requested 要求交期 +2026-12-10/)
    expect(text).toMatch(/Source 来源 +REC-0042/)
    expect(text).toMatch(/Total 合计 +3,885\.00/)
    expect(text).toContain('西湖龙井茶（特级）')
    expect(text).toMatch(/\| Li Na \(li\) +\|/)
    expect(text).toContain('recorded 记录')
  })

  it('quotation: validity from the stock check (quote.validityDays), approval, acceptance', async () => {
    const text = await print('quotation', A)
    expect80(text)
    expect(text).toContain('报价单   QUOTATION')
    expect(text).toContain(`No. 报价单号 ${A}-QT1`)
    expect(text).toMatch(/Valid until 有效期至 +2026-12-10/)
    expect(text).toContain('14 days from the stock check of 2026-11-26')
    expect(text).toMatch(/Approval 审批 +not required 无需审批/)
    expect(text).toContain(`Accepted 已接受   contract 合同 ${A}-CT1 signed 2026-11-26`)
    expect(text).toMatch(/Total 合计 +3,885\.00/)
    // an offer that needed the manager's approval names who gave it
    const b = await print('quotation', `${B}-QT1`)
    expect(b).toMatch(/Delivery 交货期 +2026-12-17/)
    expect(b).toContain('1. NW-017: to be produced 生产, by 2026-12-17')
    expect(b).toContain('2. NW-011: from stock 现货, by 2026-11-26')
  })

  it('confirmation: to the customer after signing, with paid and balance', async () => {
    const text = await print('confirmation', A)
    expect80(text)
    expect(text).toContain('订单确认书   ORDER CONFIRMATION')
    expect(text).toContain(`No. 确认书编号 ${A}-OC1`)
    expect(text).toMatch(new RegExp(`Contract 合同号 +${A}-CT1`))
    expect(text).toMatch(/Total 合计 +3,885\.00\n/)
    // issue 19: refundforms — paid and balance are the payments' list's, as of the day printed
    expect(text).toContain('none recorded 暂无')
    expect(text).toMatch(/Net paid 实收 +0\.00\n/)
    expect(text).toMatch(/Balance due 未收 +3,885\.00\n/)
    expect(text).toMatch(/\| Clerk +\| Customer +\|/)
  })

  it('sales order: signed by the manager, with its production orders', async () => {
    const text = await print('sales-order', B)
    expect80(text)
    expect(text).toContain('销售订单   SALES ORDER')
    expect(text).toContain(`No. 订单编号 ${B}-SO1`)
    expect(text).toMatch(/\| Clerk +\| Department manager +\|/)
    expect(text).toMatch(/\| +\| Wang Fang \(wang\) +\|/)
    expect(text).toContain(`NW-017 x 20 production order 生产命令单 ${B}-MO1`)
    expect(text).toContain('NW-011 x 4 from stock 库存')
    expect(text).toMatch(/Total 合计 +864\.00\n/)
    expect(text).toContain('Priority 优先级    RUSH 加急')
  })

  it('production order: signed by the manager, accepted by MC with the committed date, no prices', async () => {
    const text = await print('production-order', B)
    expect80(text)
    expect(text).toContain('生产命令单   PRODUCTION ORDER')
    expect(text).toContain(`No. 命令单号 ${B}-MO1`)
    expect(text).toMatch(/Committed 承诺完成 +2026-12-14/)
    expect(text).toMatch(/Priority 优先级 +RUSH 加急/)
    expect(text).toMatch(/\| +\| Wang Fang \(wang\) +\| Sun Li \(sun\) +\|/)
    expect(text).toContain('accepted, completion by')
    const row = text.split('\n').find((l) => l.includes('NW-017'))!
    expect(row.split(/ {2,}/).map((s) => s.trim())).toEqual(['1', 'NW-017', 'Alice Mutton', 'case', '20', '20', '2026-12-17'])
    expect(text).not.toContain('39.00')
  })

  it('outbound slip: issued by the clerk, sent by logistics, carrier and tracking', async () => {
    const text = await print('outbound-slip', B)
    expect80(text)
    expect(text).toContain('货物出库单   GOODS OUTBOUND SLIP')
    expect(text).toContain(`No. 出库单号 ${B}-OS1`)
    expect(text).toMatch(/Ship date 发货日期 +2026-11-28/)
    expect(text).toMatch(/Carrier 承运 +SF Express/)
    expect(text).toMatch(/Tracking 运单号 +SF1234567/)
    expect(text).toMatch(/Slip total 本单合计 +864\.00\n/)
    expect(text).toContain('paid 已付 864.00 of 864.00 (paid)')
    expect(text).toMatch(/\| Clerk +\| Logistics +\| Customer +\|/)
    expect(text).toMatch(/\| Li Na \(li\) +\| Zhou Jie \(zhou\) +\| +\|/)
  })
})

describe('documents that do not exist', () => {
  it.each([
    ['contract', () => C, (n: string) => `no contract for order ${n} yet: it is offered; it is printed once the contract is signed: \`orderdesk contract sign ${n} --payment-method <m> --payment-due <date>\``],
    ['sales-order', () => A, (n: string) => `no sales order for order ${n} yet: it is contracted; a manager signs it once the deposit has arrived: \`orderdesk order confirm ${n}\``],
    ['production-order', () => A, (n: string) => `no production order for order ${n} yet: it is contracted; production orders are issued when a manager signs the sales order (\`orderdesk order confirm\`)`],
    ['outbound-slip', () => A, (n: string) => `no outbound slip for order ${n} yet: it is contracted; the outbound slip is issued when the goods are in the warehouse and the payment is confirmed`],
    ['change-form', () => A, (n: string) => `no change form for order ${n} yet: a production plan change form is filled in when a customer change needs production to change (\`orderdesk change request ${n} ...\`)`],
  ])('%s is refused (exit 4) before it exists', async (form, ref, message) => {
    const r = await run(form, ref())
    expect(r.exitCode).toBe(4)
    expect(r.stdout).toBe('')
    expect(r.stderr).toBe(`orderdesk: ${message(ref())}`)
  })

  it('an unknown order or document is not found (exit 3); a wrong kind or form is a usage error (exit 2)', async () => {
    const [order, doc, junk, kind, form] = await Promise.all([
      run('contract', '26-09999'),
      run('contract', `${A}-CT9`),
      run('contract', 'xyz'),
      run('contract', `${B}-OS1`),
      run('invoice', A),
    ])
    expect([order.exitCode, doc.exitCode, junk.exitCode, kind.exitCode, form.exitCode]).toEqual([3, 3, 3, 2, 2])
    expect(order.stderr).toBe('orderdesk: order "26-09999" not found (see `orderdesk order list`)')
    expect(doc.stderr).toBe(`orderdesk: contract "${A}-CT9" not found (order ${A} has ${A}-CT1)`)
    expect(kind.stderr).toBe(`orderdesk: invalid ref "${B}-OS1": that is an outbound slip, not a contract; print it with \`orderdesk print outbound-slip ${B}-OS1\``)
    expect(form.stderr).toBe('orderdesk: invalid form "invoice": must be one of inquiry, quotation, confirmation, contract, sales-order, production-order, change-form, outbound-slip')
  })
})

describe('html, --out and --json', () => {
  it('html is one self-contained A4 page with a repeating table header', async () => {
    const html = await print('contract', A, '--format', 'html')
    expect(html.startsWith('<!doctype html>')).toBe(true)
    expect(html).toContain('<meta charset="utf-8">')
    expect(html).toContain('size: A4')
    expect(html).toMatch(/@page \{[^}]*margin/)
    expect(html).toContain('.lines thead { display: table-header-group; }')
    expect(html).toContain('<style>')
    expect(html).not.toMatch(/https?:\/\//)
    expect(html).not.toMatch(/\bsrc\s*=/i)
    expect(html).not.toMatch(/<link|<script|@import|url\(/i)
    expect(html).toContain('<title>销售合同 Sales Contract')
    expect(html).toContain('人民币叁仟捌佰捌拾伍元整')
    expect(html).toContain('<td>西湖龙井茶（特级）</td>')
    expect(html).toContain('<td class="num">3,600.00</td>')
    // data is escaped
    const slip = await print('outbound-slip', B, '--format', 'html')
    expect(slip).toContain('59 rue de l&#39;Abbaye')
    expect(slip).not.toContain("l'Abbaye")
  })

  it('--out writes the file (creating folders, no temp file left), the format follows the extension', async () => {
    const dir = join(desk.dir, 'printed', 'slips')
    const html = await desk.run(['print', 'outbound-slip', `${B}-OS1`, '--out', join(dir, 'slip.html')])
    expect(html.exitCode).toBe(0)
    expect(html.stdout).toBe('')
    expect(html.stderr).toBe(`✓ outbound slip ${B}-OS1 written to ${join(dir, 'slip.html')} (html)`)
    expect(readFileSync(join(dir, 'slip.html'), 'utf8')).toContain('<h1>货物出库单<span class="en">Goods Outbound Slip</span></h1>')
    const txt = await desk.run(['print', 'contract', A, '--out', join(dir, 'contract.txt')])
    expect(txt.exitCode).toBe(0)
    const text = readFileSync(join(dir, 'contract.txt'), 'utf8')
    expect(text).toBe(await print('contract', A))
    const forced = await desk.run(['print', 'contract', A, '--format', 'text', '--out', join(dir, 'contract.html')])
    expect(forced.stderr).toContain('(text)')
    expect(readFileSync(join(dir, 'contract.html'), 'utf8')).toBe(text)
    expect(readdirSync(dir).sort()).toEqual(['contract.html', 'contract.txt', 'slip.html'])
  })

  it('--json prints { form, ref, document, format, out } (with the content when there is no --out)', async () => {
    const out = join(desk.dir, 'c.htm')
    const withOut = await desk.json(['print', 'contract', A, '--out', out])
    expect(withOut).toEqual({
      form: 'contract', ref: A, document: `${A}-CT1`, order: A, revision: 3, format: 'html', out,
      // issue 19: printed from the copy stored when the contract was signed
      record: 'issued', sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    })
    expect(existsSync(out)).toBe(true)
    const toStdout = await desk.json(['print', 'quotation', A])
    expect(toStdout).toMatchObject({ form: 'quotation', ref: A, document: `${A}-QT1`, format: 'text', out: null })
    expect(toStdout.content).toContain('报价单   QUOTATION')
  })
})

describe('change form (生产计划变更单)', () => {
  it('prints the production plan change form of a customer change, before and after MC decides', async () => {
    const n = await ok(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-017=5', '--source-ref', 'REC-7'])
    await ok(['stock', 'check', n, '--mc-date', 'NW-017=2026-12-17'])
    await ok(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-03', '--deposit', '0'])
    await ok(['order', 'confirm', n], manager)
    const refused = await desk.run(['print', 'change-form', n])
    expect(refused.exitCode).toBe(4)
    await ok(['change', 'request', n, '--item', 'NW-017=8', '--channel', 'fax', '--source-ref', 'FAX-0901', '--note', '客户追加3箱'])
    const text = await print('change-form', n)
    expect80(text)
    expect(text).toContain('生产计划变更单   PRODUCTION PLAN CHANGE FORM')
    expect(text).toContain(`No. 变更单号 ${n}-CF1`)
    expect(text).toMatch(new RegExp(`Change 变更申请 +${n}-CR1`))
    const row = text.split('\n').find((l) => l.includes('NW-017') && l.includes('Alice'))!
    expect(row.split(/ {2,}/).map((s) => s.trim())).toEqual(['1', 'NW-017', 'Alice Mutton', 'case', '5', '8', '+3'])
    expect(text).toMatch(/Source 来源 +FAX-0901/)
    expect(text).toMatch(/Note 备注 +客户追加3箱/)
    expect(text).toMatch(/MC decision 物控意见 +to decide 待确认/)
    await ok(['change', 'decide', `${n}-CR1`, '--mc', 'agree', '--date', '2026-12-24'], { user: 'zhao' })
    const decided = await print('change-form', `${n}-CF1`)
    expect(decided).toMatch(/MC decision 物控意见 +agreed 同意, new date 新交期 2026-12-24/)
    expect(decided).toMatch(/\| Li Na \(li\) +\| Zhao Lei \(zhao\) +\|/)
  })
})
