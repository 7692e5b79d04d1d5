import stringWidth from 'string-width'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Issue 19: "A Chinese sales contract also needs the seller's block (供方: company, address, tax
 * id, bank and account, representative) and the usual terms (quality, delivery place and way,
 * breach, disputes), set once in the desk's settings." The contract and the sales order show
 * both parties' blocks with 签章 boxes and the terms as numbered clauses, in text and HTML, in
 * both languages; the contract leaves a blank line for an unset clause, the sales order leaves
 * it out.
 */
let desk: Desk
let n: string
const manager = { user: 'wang', env: { ORDERDESK_PIN: DEMO_PIN } }

async function ok(args: string[], opts?: { user?: string; env?: Record<string, string> }) {
  const r = await desk.run(args, opts)
  if (r.exitCode !== 0) throw new Error(`orderdesk ${args.join(' ')} exited ${r.exitCode}: ${r.stderr}`)
  return r.stdout.trim()
}

beforeAll(async () => {
  desk = await tempDesk()
  for (const [key, value] of [
    ['company.representative', 'Zhang Wei'],
    ['company.account', '6222 0202 0001'],
    ['company.bank', 'ICBC Pudong'],
    ['terms.quality', 'GB/T 9846, as sampled'],
    ['terms.delivery', 'Ex works Caoxian, by truck'],
    ['terms.disputes', 'Caoxian people court'],
  ]) {
    await ok(['settings', 'set', key!, value!], manager)
  }
  await ok(['settings', 'unset', 'terms.breach'], manager)
  n = await ok(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5'])
  await ok(['stock', 'check', n])
  await ok(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '2026-12-03'])
  await ok(['payment', 'record', n, '--amount', '105'], { user: 'wu' })
  await ok(['order', 'confirm', n], manager)
}, 120_000)
afterAll(() => desk?.cleanup())

describe('the settings of the seller and the terms', () => {
  it('are known settings, worded in both languages, a manager’s sign-off; the demo desk has them', async () => {
    const all = await desk.json(['settings', 'show'])
    expect(all).toMatchObject({
      'company.name': '上海北风贸易有限公司 Northwind Trading (Shanghai) Co., Ltd.',
      'company.representative': 'Zhang Wei',
      'company.account': '6222 0202 0001',
      'terms.quality': 'GB/T 9846, as sampled',
      'terms.breach': null,
    })
    const fresh = await tempDesk()
    try {
      const demo = await fresh.json(['settings', 'show'])
      for (const key of ['company.name', 'company.address', 'company.phone', 'company.taxId', 'company.bank', 'company.account', 'company.representative', 'terms.quality', 'terms.delivery', 'terms.breach', 'terms.disputes']) {
        expect(demo[key], key).toEqual(expect.any(String))
      }
      const clerk = await fresh.run(['settings', 'set', 'terms.quality', 'x'])
      expect(clerk.exitCode).toBe(4)
    } finally {
      fresh.cleanup()
    }
    const en = (await desk.run(['settings', 'show'])).stdout
    expect(en).toContain('contract clause: liability for breach (违约责任)')
    const zh = (await desk.run(['--lang', 'zh-CN', 'settings', 'show'])).stdout
    expect(zh).toContain('合同条款：违约责任')
    expect(zh).toContain('供方法定代表人或委托代理人')
  })
})

describe('print contract', () => {
  it('text: the clauses numbered, an unset one a blank line; both parties’ blocks with 签章; 80 columns', async () => {
    const text = await ok(['print', 'contract', n])
    for (const l of text.split('\n')) expect(stringWidth(l), l).toBeLessThanOrEqual(80)
    expect(text).toContain('\nTerms 合同条款\n1. Quality 质量标准: GB/T 9846, as sampled\n2. Place and way of delivery 交货地点及方式: Ex works Caoxian, by truck\n')
    expect(text).toMatch(/\n3\. Liability for breach 违约责任: _{20,}\n4\. Disputes 解决合同纠纷的方式: Caoxian people court\n/)
    expect(text).toMatch(/\| Seller 供方 +\| Buyer 需方 +\|/)
    expect(text).toMatch(/\| Representative 法定代表人\/委托代理 +\| /)
    expect(text).toMatch(/\| 人: Zhang Wei +\| /)
    expect(text).toContain('| Account 账号: 6222 0202 0001')
    expect(text).toContain('| Tax ID 纳税人识别号:')
    expect(text).toMatch(/\| Seal and signature 签章 +\| Seal and signature 签章 +\|/)
    expect(text).toMatch(/\| Contact 联系人: Maria Anders +\|/)
    // the customer's own tax id, bank and account are lines to fill in
    expect(text).toContain('| Bank 开户行: ICBC Pudong ')
    expect(text).toMatch(/\| Bank 开户行: _{8,} +\|\n/)
    expect(text).toMatch(/\| Account 账号: _{8,} +\|\n/)
    // the system's signature boxes are still there
    expect(text).toMatch(/\| Clerk +\| Customer +\|/)
  })

  it('in Chinese: 一、二、…, 供方 and 需方 with （签章）', async () => {
    const text = await ok(['--lang', 'zh-CN', 'print', 'contract', n])
    expect(text).toContain('\n合同条款\n一、质量标准：GB/T 9846, as sampled\n二、交货地点及方式：Ex works Caoxian, by truck\n')
    expect(text).toMatch(/\n三、违约责任：_{20,}\n四、解决合同纠纷的方式：Caoxian people court\n/)
    expect(text).toMatch(/\| 供方 +\| 需方 +\|/)
    expect(text).toMatch(/\| 法定代表人\/委托代理人：Zhang Wei +\| /)
    expect(text).toContain('| 纳税人识别号：91310115MA1K4ABC2X')
    expect(text).toContain('| 账号：6222 0202 0001')
    expect(text).toMatch(/\| （签章） +\| （签章） +\|/)
  })

  it('HTML: the clauses and both blocks with their seal boxes, in both languages', async () => {
    const html = await ok(['print', 'contract', n, '--format', 'html'])
    expect(html).toContain('<div class="clauses"><div class="title">Terms 合同条款</div><p><b>1. Quality 质量标准: </b>GB/T 9846, as sampled</p>')
    expect(html).toContain('<p><b>3. Liability for breach 违约责任: </b><span class="blank"></span></p>')
    expect(html).toContain('<div class="pb"><div class="title">Seller 供方</div>')
    expect(html).toContain('<tr><th>Representative 法定代表人/委托代理人</th><td>Zhang Wei</td></tr>')
    expect(html).toContain('<div class="pb"><div class="title">Buyer 需方</div>')
    expect(html).toContain('<tr><th>Tax ID 纳税人识别号</th><td class="blank"></td></tr>')
    expect(html.match(/<div class="seal">Seal and signature 签章<\/div>/g)).toHaveLength(2)
    const zh = await ok(['--lang', 'zh-CN', 'print', 'contract', n, '--format', 'html'])
    expect(zh).toContain('<p><b>一、质量标准：</b>GB/T 9846, as sampled</p>')
    expect(zh).toContain('<div class="pb"><div class="title">供方</div>')
    expect(zh.match(/<div class="seal">（签章）<\/div>/g)).toHaveLength(2)
  })
})

describe('print sales-order', () => {
  it('numbers only the clauses that are set, and shows both blocks', async () => {
    const text = await ok(['print', 'sales-order', n])
    expect(text).toContain('\nTerms 合同条款\n1. Quality 质量标准: GB/T 9846, as sampled\n2. Place and way of delivery 交货地点及方式: Ex works Caoxian, by truck\n3. Disputes 解决合同纠纷的方式: Caoxian people court\n')
    expect(text).not.toContain('违约责任')
    expect(text).toMatch(/\| Seller 供方 +\| Buyer 需方 +\|/)
    const zh = await ok(['--lang', 'zh-CN', 'print', 'sales-order', n])
    expect(zh).toContain('\n三、解决合同纠纷的方式：Caoxian people court\n')
    expect(zh).toMatch(/\| （签章） +\| （签章） +\|/)
  })
})
