import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import Database from 'better-sqlite3'
import { BIN, DEMO_PIN, TODAY, isPg, tempDesk, type Desk } from '../helpers/cli.js'
import { runInPty, type PtyResult } from '../helpers/pty.js'

/**
 * Issue 18: the desk itself and the errors every command shares, in Chinese — the frames of
 * the errors (invalid value, not found, missing flags, no desk), `init --lang`, `audit verify`,
 * `backup`, and `--help` and usage errors before any desk exists (the locale decides). Scripts
 * read the same: codes, exit codes, `details` and every `--json` value but an error's `message`.
 */

let desk: Desk
const zh = ['--lang', 'zh-CN']
const chineseLocale = { env: { LANG: 'zh_CN.UTF-8' } }

beforeAll(async () => {
  desk = await tempDesk()
})
afterAll(() => desk.cleanup())

/** The JSON error of a run (stderr). */
const errorOf = (stderr: string) => JSON.parse(stderr).error as { code: string; message: string; details?: Record<string, unknown> }

describe('the errors every command shares, in Chinese', () => {
  it('an invalid flag value names the field and the value (exit 2); --json keeps the code and details, only the message is Chinese', async () => {
    const r = await desk.run(['order', 'list', '--limit', 'x', ...zh])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toBe('orderdesk: --limit 的值 "x" 无效：必须是整数（0 表示全部）')

    const [cn, en] = await Promise.all([desk.run(['order', 'list', '--limit', 'x', '--json', ...zh]), desk.run(['order', 'list', '--limit', 'x', '--json'])])
    expect(cn.exitCode).toBe(2)
    expect(en.exitCode).toBe(2)
    const [c, e] = [errorOf(cn.stderr), errorOf(en.stderr)]
    expect(c).toEqual({ ...e, message: '--limit 的值 "x" 无效：必须是整数（0 表示全部）' })
    expect(e).toEqual({ code: 'invalid_value', message: 'invalid --limit "x": must be a whole number (0 = all)', details: { field: '--limit', value: 'x' } })
  })

  it('one of a few values, and text with a control character: the rule in Chinese', async () => {
    const channel = await desk.run(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=5', '--channel', 'pigeon', ...zh])
    expect(channel.exitCode).toBe(2)
    expect(channel.stderr).toBe('orderdesk: --channel 的值 "pigeon" 无效：只能是 phone、fax、email、web、agent、platform、visit 之一')
    const esc = await desk.run(['stock', 'receive', '--sku', 'NW-011', '--qty', '5', '--reason', 'a\x1bb', ...zh])
    expect(esc.exitCode).toBe(2)
    expect(esc.stderr).toBe('orderdesk: --reason 的值 "a\\u001bb" 无效：不能含控制字符（第 2 个字符是 U+001B ESC）')
  })

  it('an unknown order is not found in Chinese; details.kind is the English word scripts have always read', async () => {
    const r = await desk.run(['order', 'show', '26-99999', ...zh])
    expect(r.exitCode).toBe(3)
    expect(r.stderr).toMatch(/^orderdesk: 找不到订单 "26-99999"（.+）$/)

    const mo = await desk.run(['production', 'accept', '26-99999-MO1', '--date', '+5', '--json', ...zh], { user: 'zhao' })
    expect(mo.exitCode).toBe(3)
    const e = errorOf(mo.stderr)
    expect(e.code).toBe('not_found')
    expect(e.details).toEqual({ kind: 'production order', ref: '26-99999-MO1' })
    expect(e.message).toMatch(/^找不到生产命令单 "26-99999-MO1"/)
  })

  it('a flag a run without a terminal must give: named in Chinese, details.missing in English', async () => {
    const r = await desk.run(['settings', 'set', 'quote.approvalAbove', '50', '--no-input', '--json', ...zh], { user: 'wang' })
    expect(r.exitCode).toBe(2)
    expect(errorOf(r.stderr)).toEqual({
      code: 'usage',
      message: '非交互运行时必须给出 `ORDERDESK_PIN（wang 的 PIN）`',
      details: { missing: ["ORDERDESK_PIN (wang's PIN)"] },
    })
  })

  it('someone who is not a desk user is refused in Chinese (exit 4, code unknown_user)', async () => {
    const r = await desk.run(['order', 'list', ...zh], { user: 'nobody' })
    expect(r.exitCode).toBe(4)
    expect(r.stderr).toBe('orderdesk: "nobody" 不是本工作台的用户；请用 --as <user> 或 ORDERDESK_USER 指定一个用户（见 `orderdesk user list`）')
  })

  it('no desk where the command looks (exit 3), in the locale\'s language', async () => {
    const missing = join(desk.dir, 'nowhere.db')
    const r = await desk.run(['order', 'list', '--db', missing], chineseLocale)
    expect(r.exitCode).toBe(3)
    expect(r.stderr).toBe(`orderdesk: ${missing} 处没有工作台：文件不存在；请检查 --db 或 ORDERDESK_DB，或用 \`orderdesk init\` 在那里新建工作台`)
    const j = await desk.run(['order', 'list', '--db', missing, '--json', ...zh])
    expect(errorOf(j.stderr)).toMatchObject({ code: 'no_desk', details: { database: missing } })
  })
})

describe('init --lang zh-CN', () => {
  it('records the language of the desk it creates; later commands there speak Chinese without --lang', async () => {
    const db = join(desk.dir, 'zh.db')
    const made = await desk.run(['init', '--db', db, ...zh])
    expect(made.exitCode).toBe(0)
    expect(made.stdout.split('\n')).toEqual([
      `数据库已就绪：${db}`,
      '工作台语言：中文（zh-CN）；经理可以用 `orderdesk settings set desk.language` 修改',
      '还没有用户：请先用 `orderdesk user add <name> --role manager --pin` 添加第一个用户（一位设了 PIN 的经理）',
    ])
    const h = new Database(db, { readonly: true })
    expect(h.prepare("select value from settings where key = 'desk.language'").get()).toEqual({ value: 'zh-CN' })
    h.close()
    const later = await desk.run(['order', 'show', '26-00001', '--db', db, '--as', 'li'])
    expect(later.exitCode).toBe(4)
    expect(later.stderr).toBe('orderdesk: "li" 不是本工作台的用户；请用 --as <user> 或 ORDERDESK_USER 指定一个用户（见 `orderdesk user list`）')
    // --lang en still decides for one command
    const english = await desk.run(['order', 'show', '26-00001', '--db', db, '--lang', 'en'])
    expect(english.stderr).toMatch(/^orderdesk: user "li" is not an orderdesk user/)
    // init again: the desk keeps its language and speaks it
    const again = await desk.run(['init', '--db', db])
    expect(again.stdout.split('\n')[0]).toBe(`数据库已就绪：${db}`)
  })

  it('with --demo: who is who and a first command, in Chinese', async () => {
    const db = join(desk.dir, 'zh-demo.db')
    const r = await desk.run(['init', '--demo', '--db', db, ...zh])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain('\n演示数据：7 个用户，')
    expect(r.stdout).toContain('用户：li、chen（业务员）· wang（业务部经理，PIN 123456）· zhao、sun（物控）· zhou（物流）· wu（财务）')
  })
})

describe('audit verify and backup in Chinese', () => {
  it('an intact trail: the report and the done line; --json is the same in both languages', async () => {
    const r = await desk.run(['audit', 'verify', ...zh])
    expect(r.exitCode).toBe(0)
    const events = (await desk.query<{ n: number }>('select count(*) as n from events'))[0]!.n
    expect(r.stdout.split('\n')[0]).toBe(`审计记录：${Number(events)} 个事件，链完整`)
    expect(r.stdout).toMatch(/\n链头：#\d+ \S+ [0-9a-f]{64}\n数据行：已对照审计链核对 \d+ 行，全部与记录相符$/)
    expect(r.stderr).toBe(`✓ 审计记录完整：已校验 ${Number(events)} 个事件`)

    const [cn, en] = await Promise.all([desk.run(['audit', 'verify', '--json', ...zh]), desk.run(['audit', 'verify', '--json'])])
    expect(cn.stdout).toBe(en.stdout)
    expect(JSON.parse(cn.stdout)).toMatchObject({ ok: true, break: null })
  })

  it('a trail edited by hand: the refusal in Chinese, the JSON report (its break.reason too) as in English', async () => {
    const copy = await tempDesk({ copyOf: desk })
    try {
      await copy.query("update events set actor = 'x' where id = 1")
      const r = await copy.run(['audit', 'verify', ...zh])
      expect(r.exitCode).toBe(4)
      expect(r.stderr).toMatch(/^orderdesk: 审计记录已损坏：事件 #1（载入演示数据 demo，x，\S+）与它的哈希值不符：写入后被改动过（这是最后一个事件：被改动过，或是手工添加的）；它之前的 0 个事件完好$/)
      const [cn, en] = await Promise.all([copy.run(['audit', 'verify', '--json', ...zh]), copy.run(['audit', 'verify', '--json'])])
      expect(cn.stdout).toBe(en.stdout)
      expect(JSON.parse(en.stdout).break.reason).toMatch(/^event #1 \(init\.demo demo, x, .+\) does not match its hash: it was edited after it was written \(the last event: edited, or added by hand\)$/)
      expect(errorOf(cn.stderr).code).toBe(errorOf(en.stderr).code)
      expect(errorOf(cn.stderr).details).toEqual(errorOf(en.stderr).details)
    } finally {
      copy.cleanup()
    }
  })

  it('--known-head that is no hash: the rule in Chinese', async () => {
    const r = await desk.run(['audit', 'verify', '--known-head', 'abc', ...zh])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toBe('orderdesk: --known-head 的值 "abc" 无效：必须是 SHA-256 哈希值：64 位十六进制数字，即 `audit verify` 或 `backup` 打印的那个')
  })

  // backup copies a SQLite desk (on PostgreSQL: pg_dump)
  it.skipIf(isPg)('backup: the done line and the last event in Chinese', async () => {
    const file = join(desk.dir, 'copy.db')
    const r = await desk.run(['backup', file, ...zh])
    expect(r.exitCode).toBe(0)
    const [done, last] = r.stderr.split('\n')
    expect(done).toMatch(new RegExp(`^✓ 备份已写入 ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}（\\d+(\\.\\d)? [kM]B）：\\d+ 个订单，\\d+ 个事件，\\d+ 笔库存变动；完整性检查通过$`))
    expect(last).toMatch(/^ {2}最后一个审计事件：#\d+ [0-9a-f]{64}$/)
    const again = await desk.run(['backup', file, ...zh])
    expect(again.exitCode).toBe(4)
    expect(again.stderr).toBe(`orderdesk: ${file} 已存在；没有写入任何内容（加 --yes 替换它）`)
  })
})

describe('--help and usage errors before any desk exists follow the locale', () => {
  const nowhere = { env: { LANG: 'zh_CN.UTF-8', ORDERDESK_DB: '/nonexistent/orderdesk.db' } }

  it('orderdesk --help in Chinese', async () => {
    const r = await desk.run(['--help'], nowhere)
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toMatch(/^用法: orderdesk \[options\] \[command\]\n\n按单生产企业的订单工作台：从客户第一个电话到货物送达。\n\n选项:\n/)
    expect(r.stdout).toContain('  -y, --yes                     不再询问确认\n')
    expect(r.stdout).toContain('  -h, --help                    显示命令的帮助\n')
    expect(r.stdout).toContain('  audit                         防篡改的审计记录\n')
  })

  it('the help of backup and audit verify in Chinese, with who may run them and an example', async () => {
    const backup = await desk.run(['backup', '--help'], nowhere)
    // folded at 80 columns, Chinese between any two characters
    expect(backup.stdout.replace(/(\S)\n(?=\S)/g, '$1')).toMatch(/\n在别人照常工作时复制数据库（SQLite 在线备份），然后检查副本；--yes\s*替换已有的文件\n/)
    expect(backup.stdout).toContain('\n适用角色：任何人\n\n示例：\n  $ orderdesk backup backups/orderdesk-2026-11-26.db\n')
    const verify = await desk.run(['audit', 'verify', '--help'], nowhere)
    expect(verify.stdout).toMatch(/\n {2}--known-head <hash>\s+以前 verify 或 backup\s+记下的链头哈希值/)
  })

  it('an unknown option and too many arguments, in Chinese (exit 2)', async () => {
    const bogus = await desk.run(['--bogus'], nowhere)
    expect(bogus.exitCode).toBe(2)
    expect(bogus.stderr).toBe('orderdesk: 未知选项 --bogus（见 `orderdesk --help`）')
    const extra = await desk.run(['backup', 'a.db', 'b.db'], nowhere)
    expect(extra.exitCode).toBe(2)
    expect(extra.stderr).toBe('orderdesk: 命令 backup 的参数太多：应有 1 个，实际给了 2 个（见 `orderdesk --help`）')
  })
})

describe('on a terminal, in Chinese', () => {
  const env = (db: string) => ({ ORDERDESK_DB: db, ORDERDESK_TODAY: TODAY, ORDERDESK_USER: 'wang', NO_COLOR: '1', LANG: 'zh_CN.UTF-8', ORDERDESK_PIN: undefined, ORDERDESK_NO_INPUT: undefined })
  const why = (r: PtyResult) => `step ${r.failedStep}: ${r.error}\n${r.output.slice(-2000)}`

  it("init asks the language of a new desk (the locale's the default) and records it", async () => {
    const db = join(desk.dir, 'asked.db')
    const r = await runInPty(['node', BIN, 'init'], [{ expect: '工作台的语言', literal: true }, { expect: '❯ 中文 (zh-CN)', literal: true }, { send: '\r' }, { expect: '数据库已就绪', literal: true }], { env: env(db) })
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode).toBe(0)
    expect(r.output).toContain('工作台语言：中文（zh-CN）；经理可以用 `orderdesk settings set desk.language` 修改')
  })

  it('Ctrl-C at the prompt: cancelled in Chinese (exit 130)', async () => {
    const r = await runInPty(['node', BIN, 'init'], [{ expect: '工作台的语言', literal: true }, { send: '\u0003' }, { expect: 'orderdesk: 已取消', literal: true }], { env: env(join(desk.dir, 'cancelled.db')) })
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode).toBe(130)
  })

  it("a manager's PIN is asked in Chinese at a hidden prompt", async () => {
    const r = await runInPty(
      ['node', BIN, 'settings', 'set', 'quote.validityDays', '20', '--lang', 'zh-CN'],
      [{ expect: '输入 wang 的 PIN', literal: true }, { send: '\r' }, { expect: '请输入 PIN', literal: true }, { send: `${DEMO_PIN}\r` }],
      { env: env(desk.db) },
    )
    expect(r.ok, why(r)).toBe(true)
    expect(r.exitCode).toBe(0)
  })
})
