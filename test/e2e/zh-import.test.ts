import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { tempDesk, type Desk } from '../helpers/cli.js'

/**
 * The batch import in Chinese (issue 18): the summary, a row's reason, --dry-run, the refusal
 * and what to do next, the --errors file, the reader thread, the help — and the JSON of
 * `import … --json`, whose keys, codes, lines, columns and values are the same in both
 * languages (only a reason, a message like an error's `message`, follows the language).
 */
let desk: Desk | undefined
afterEach(() => desk?.cleanup())

const zh = ['--lang', 'zh-CN']

function file(name: string, content: string): string {
  const path = join(desk!.dir, name)
  writeFileSync(path, content)
  return path
}

const HEAD = 'ext_ref,customer,sku,qty,unit_price,discount,order_date,requested_date'
/** One good order of two lines, one with a bad qty, one with a sku the desk does not have. */
const CALLS = [HEAD, 'Z-1,ALFKI,NW-011,5,,,2026-11-20,', 'Z-1,ALFKI,NW-001,2,10.50,0.1,2026-11-20,', 'Z-2,VINET,NW-009,1.5,,,,', 'Z-3,ALFKI,XX-404,1,,,,', ''].join('\n')

/** The lines of a text, trailing spaces dropped (tables pad their last column). */
const lines = (s: string) => s.split('\n').map((l) => l.trimEnd())

describe('import in Chinese', () => {
  it('--dry-run: the summary, each rejected row with its reason, and the refusal (exit 2, nothing written)', async () => {
    desk = await tempDesk()
    const r = await desk.run(['import', 'orders', file('calls.csv', CALLS), '--dry-run', ...zh])
    expect(r.exitCode).toBe(2)
    const out = lines(r.stdout)
    expect(out[0]).toBe(`文件            ${join(desk.dir, 'calls.csv')}（csv，utf8）  — 试导入，未写入任何数据`)
    expect(out.slice(1, 8)).toEqual([
      '读取行数        4',
      '文件中订单数    3',
      '将导入          1 个订单，2 行，合计 ¥123.90',
      '重复（已跳过）  0',
      '冲突            0',
      '有误            2',
      '新建客户        0',
    ])
    expect(out[8]).toMatch(/^用时            \d+\.\d 秒（每秒 [\d,]+ 行）$/)
    expect(out.slice(9)).toEqual([
      '',
      '有误的行（均未导入）：',
      '行号  ext_ref  列   值      原因',
      '────  ───────  ───  ──────  ───────────────────────────────────────────',
      '   4  Z-2      qty  1.5     必须是正整数',
      '   5  Z-3      sku  XX-404  没有这个产品（见 `orderdesk product list`）',
    ])
    expect(lines(r.stderr)).toEqual(['试导入：未写入任何数据（2 个订单有误）', 'orderdesk: 试导入发现问题：2 个订单有误'])
    expect((await desk.query("select count(*) as n from orders where ext_ref like 'Z-%'"))[0].n).toBe(0)
  })

  it('an import with a bad row: what was imported, the refusal, and the rejected rows in the --errors file in Chinese', async () => {
    desk = await tempDesk()
    const errors = join(desk.dir, 'rejected.csv')
    const r = await desk.run(['import', 'orders', file('calls.csv', CALLS), '--errors', errors, ...zh])
    expect(r.exitCode).toBe(2)
    expect(lines(r.stdout)).toContain('已导入          1 个订单，2 行，合计 ¥123.90（26-00001 … 26-00001）')
    expect(lines(r.stderr)).toEqual([
      `2 行有误的数据已写入 ${errors}：请在该文件中改正，然后导入该文件`,
      'orderdesk: 2 个订单有误；已导入 1 个订单，详见上面的汇总',
    ])
    expect(readFileSync(errors, 'utf8').split('\n')).toEqual([
      `${HEAD},error`,
      'Z-2,VINET,NW-009,1.5,,,,,qty：必须是正整数',
      'Z-3,ALFKI,XX-404,1,,,,,sku：没有这个产品（见 `orderdesk product list`）',
      '',
    ])
  })

  it('a clean import: the done line and the next command; the same file again skips what is there', async () => {
    desk = await tempDesk()
    const path = file('good.csv', `${HEAD}\nG-1,ALFKI,NW-011,5,,,,\nG-2,VINET,NW-001,1,,,,\n`)
    const r = await desk.run(['import', 'orders', path], { env: { ORDERDESK_LANG: 'zh-CN' } })
    expect(r.exitCode).toBe(0)
    expect(lines(r.stderr)).toEqual(['✓ 已导入 2 个订单', '  下一步：orderdesk order list --needs-action'])
    const again = await desk.run(['import', 'orders', path, ...zh])
    expect(again.exitCode).toBe(0)
    expect(lines(again.stdout)).toContain('重复（已跳过）  2')
    expect(lines(again.stderr)).toEqual(['✓ 已导入 0 个订单，2 个以前已导入（已跳过）'])
  })

  it('the reader thread: a row error and a repeated ext_ref read there are reported in Chinese', async () => {
    desk = await tempDesk()
    const path = file('w.csv', `${HEAD}\nW-1,ALFKI,NW-011,5,,,,\nW-2,VINET,NW-001,x,,,,\nW-1,ALFKI,NW-011,6,,,,\n`)
    const r = await desk.run(['import', 'orders', path, '--dry-run', ...zh], { env: { ORDERDESK_IMPORT_WORKER: '1' } })
    expect(r.exitCode).toBe(2)
    const out = lines(r.stdout)
    expect(out).toContain('   3  W-2      qty  x   必须是正整数')
    expect(out).toContain('冲突（未导入）：')
    expect(out).toContain('   4  W-1      —       ext_ref W-1 在第 4 行再次出现，内容不同')
    expect(lines(r.stderr)).toContain('orderdesk: 试导入发现问题：1 个订单有误，1 个冲突')
    // the thread reads the header too: its refusal in Chinese
    const header = await desk.run(['import', 'orders', file('h.csv', 'ext_ref,customer,qty\nW-1,ALFKI,5\n'), ...zh], { env: { ORDERDESK_IMPORT_WORKER: '1' } })
    expect(header.exitCode).toBe(2)
    expect(header.stderr).toBe('orderdesk: 文件缺少 `sku` 列（表头：ext_ref, customer, qty）；请按此命名，或使用 --map sku=<列名>')
  })

  it('master data: a customer import with a bad row and a repeated code; a stock take done line', async () => {
    desk = await tempDesk()
    const customers = file('c.csv', 'code,name,contact,phone\nNEW01,华东木业,张三,13800000000\nBAD 1,,x,y\nNEW01,华东木业二,张三,13800000000\n')
    const r = await desk.run(['import', 'customers', customers, ...zh])
    expect(r.exitCode).toBe(2)
    const out = lines(r.stdout)
    expect(out.slice(1, 4)).toEqual(['读取行数        3', '新增            1', '更新            0'])
    expect(out).toContain('   3  BAD 1  code  BAD 1  必须是由字母、数字和 . _ - 组成的编号（最多 32 个字符）')
    expect(out).toContain('   3  BAD 1  name         必填')
    expect(out).toContain('   4  NEW01  —       code NEW01 在第 4 行再次出现，值不同（第一次在第 2 行）')
    expect(lines(r.stderr)).toEqual(['orderdesk: 1 行有误，1 个冲突；新增 1，更新 0，未变 0，详见上面的汇总'])
    const stock = await desk.run(['import', 'stock', file('s.csv', 'sku,qty\nNW-001,50\n'), ...zh])
    expect(stock.exitCode).toBe(0)
    expect(lines(stock.stdout)).toContain('库存变动        1')
    expect(stock.stderr).toBe('✓ 库存：记入 1 笔库存变动，未变 0')
  })

  it('arguments refused before the desk is opened: --batch-size and --map', async () => {
    desk = await tempDesk()
    const path = file('good.csv', `${HEAD}\nG-1,ALFKI,NW-011,5,,,,\n`)
    const size = await desk.run(['import', 'orders', path, '--batch-size', '0', ...zh])
    expect(size.exitCode).toBe(2)
    expect(size.stderr).toContain('必须是 1 到 100000 之间的整数')
    const map = await desk.run(['import', 'orders', path, '--map', 'sku', ...zh])
    expect(map.exitCode).toBe(2)
    expect(map.stderr).toContain('格式必须是 目标列=源列，例如 customer=CustomerID')
  })

  it('the help of import orders in Chinese', async () => {
    desk = await tempDesk()
    const r = await desk.run(['import', 'orders', '--help', ...zh])
    expect(r.exitCode).toBe(0)
    const out = lines(r.stdout)
    expect(out).toContain('把电话订单导入为询价：ext_ref 相同的行是同一订单（业务员、经理）')
    expect(out).toContain('  --dry-run                  试导入：只检查并汇总，不写入任何数据')
    expect(out).toContain('  --create-customers         按 customer_name（和 phone）新建不存在的客户')
    expect(out).toContain('  $ orderdesk import orders calls.csv --errors rejected.csv')
  })

  it('--json: the same keys, counts, codes, lines, columns and values in both languages; the reasons in the language', async () => {
    desk = await tempDesk()
    const path = file('calls.csv', `${CALLS}Z-1,ALFKI,NW-011,6,,,2026-11-20,\n`)
    const run = (lang: string) => desk!.run(['import', 'orders', path, '--dry-run', '--json', '--lang', lang])
    const [en, cn] = [await run('en'), await run('zh-CN')]
    expect([en.exitCode, cn.exitCode]).toEqual([2, 2])
    const [a, b] = [JSON.parse(en.stdout), JSON.parse(cn.stdout)]
    // the time taken is the only count that differs between two runs
    for (const s of [a, b]) for (const k of ['elapsedMs', 'rowsPerSecond']) delete s[k]
    const reasons = (s: any) => [...s.rejected.flatMap((e: any) => e.problems), ...s.conflicts].map((p: any) => p.reason)
    expect(reasons(a)).toEqual(['must be a positive whole number', 'no such product (see `orderdesk product list`)', 'ext_ref Z-1 appears again at line 6 with different content'])
    expect(reasons(b)).toEqual(['必须是正整数', '没有这个产品（见 `orderdesk product list`）', 'ext_ref Z-1 在第 6 行再次出现，内容不同'])
    const noReasons = (s: any) => JSON.stringify(s, (k, v) => (k === 'reason' ? '' : v))
    expect(noReasons(b)).toBe(noReasons(a))
    expect(b.rejected[0].problems[0]).toEqual({ line: 4, column: 'qty', value: '1.5', reason: '必须是正整数' })
    // the error on stderr: the same code and details, its message in the language
    const [ea, eb] = [JSON.parse(en.stderr).error, JSON.parse(cn.stderr).error]
    expect({ ...eb, message: '' }).toEqual({ ...ea, message: '' })
    expect([ea.code, ea.message, eb.message]).toEqual(['import_rejected', 'dry run found problems: 2 orders rejected, 1 conflict', '试导入发现问题：2 个订单有误，1 个冲突'])
  })
})
