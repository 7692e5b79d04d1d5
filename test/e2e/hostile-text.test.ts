import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tempDesk, type Desk, type RunResult } from '../helpers/cli.js'

/**
 * Hostile text (issue 16 §7, §9): control characters, terminal escapes and bidi overrides are
 * refused at the door (flags and every import, with the line and the field named), and what
 * is already in a desk (written there directly) is never printed raw on a terminal; bytes
 * that are not the file's encoding, and NUL, are refused instead of stored.
 */

const HOSTILE = '\x1b]0;pwned\x07\x1b[2J'
/** How HOSTILE shows in human output. */
const SHOWN = '\\u001b]0;pwned\\u0007\\u001b[2J'
/** What must never reach a terminal from data: C0 but LF and TAB, DEL, C1, bidi overrides and isolates. */
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

let desk: Desk
afterAll(() => desk?.cleanup())

function file(name: string, content: string | Buffer): string {
  const path = join(desk.dir, name)
  writeFileSync(path, content)
  return path
}

async function count(sql: string, params: unknown[] = []): Promise<number> {
  const rows = await desk.query(sql, params)
  return Number(Object.values(rows[0] ?? {})[0] ?? 0)
}

const fingerprint = async () => ({
  orders: await count('select count(*) from orders'),
  customers: await count('select count(*) from customers'),
  products: await count('select count(*) from products'),
  moves: await count('select count(*) from stock_moves'),
  events: await count('select count(*) from events'),
  batches: await count('select count(*) from import_batches'),
})

function expectNoControl(r: RunResult, what: string): void {
  const at = (s: string) => {
    const m = CONTROL.exec(s)
    return m ? `U+${m[0].codePointAt(0)!.toString(16).padStart(4, '0')} in …${JSON.stringify(s.slice(Math.max(0, m.index - 30), m.index + 10))}` : null
  }
  expect(at(r.stdout), `${what}: stdout`).toBeNull()
  expect(at(r.stderr), `${what}: stderr`).toBeNull()
}

beforeAll(async () => {
  desk = await tempDesk()
})

describe('flags refuse control characters (one rule with the import)', () => {
  it('an escape in a name, a bidi override in a note, a tab in a reference: exit 2 naming the flag; nothing written', async () => {
    const before = await fingerprint()
    const cases: [string[], string][] = [
      [['customer', 'add', '--code', 'EVIL', '--name', `Evil ${HOSTILE}`], 'invalid --name'],
      [['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1', '--note', 'pay \u202Eenola'], 'invalid --note'],
      [['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1', '--source-ref', 'REC\t1'], 'invalid --source-ref'],
      [['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1', '--note', 'a\u0085b'], 'invalid --note'],
      [['customer', 'add', '--code', 'EVIL', '--name', 'Evil', '--address', 'x\ry'], 'invalid --address'],
    ]
    for (const [args, flag] of cases) {
      const r = await desk.run(args)
      expect(r.exitCode, `${args.join(' ')}: ${r.stderr}`).toBe(2)
      expect(r.stderr).toMatch(new RegExp(`^orderdesk: ${flag} .*: must not contain control characters \\(U\\+[0-9A-F]{4}`))
      expectNoControl(r, args.join(' '))
    }
    expect(await fingerprint()).toEqual(before)
  })

  it('a note or an address may have line breaks and tabs', async () => {
    const r = await desk.json(['inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1', '--note', 'first line\nsecond\tline'])
    expect(r.order.note).toBe('first line\nsecond\tline')
    const c = await desk.json(['customer', 'add', '--code', 'MULTI', '--name', 'Multi', '--address', 'Obere Str. 57\n12209 Berlin'])
    expect(c.address).toBe('Obere Str. 57\n12209 Berlin')
  })
})

describe('imports refuse control characters, naming the file line and the column', () => {
  it('import orders: customer name, source ref, note (CSV) and a JSON escape; the clean orders go in', async () => {
    const before = await count('select count(*) from orders')
    const csv = [
      'ext_ref,customer,customer_name,sku,qty,source_ref,note',
      'H-1,ALFKI,,NW-011,1,REC-1,fine',
      `H-2,NEWCO,"New ${HOSTILE}",NW-011,1,,`,
      `H-3,ALFKI,,NW-011,1,"REC ${HOSTILE}",`,
      'H-4,ALFKI,,NW-011,1,,"ring\x07back"',
      'H-5,ALFKI,,NW-011,1,,"two\nlines\tand a tab"',
    ].join('\n')
    const r = await desk.run(['import', 'orders', file('hostile.csv', csv), '--create-customers', '--json'])
    expect(r.exitCode, r.stderr).toBe(2)
    const s = JSON.parse(r.stdout)
    expect(s).toMatchObject({ ordersRead: 5, ordersImported: 2, rejectedCount: 3, customersCreated: 0 })
    expect(s.rejected.map((e: any) => e.problems.map((p: any) => `${p.line} ${e.ref} ${p.column}: ${p.reason}`)).flat()).toEqual([
      '3 H-2 customer_name: must not contain control characters (U+001B ESC at character 5)',
      '4 H-3 source_ref: must not contain control characters (U+001B ESC at character 5)',
      '5 H-4 note: must not contain control characters (U+0007 BEL at character 5)',
    ])
    // the value is given exactly in JSON (for scripts), and shown with escapes in the text summary
    expect(s.rejected[1].problems[0].value).toBe(`REC ${HOSTILE}`)
    expect(await count('select count(*) from orders')).toBe(before + 2)
    expect(await count("select count(*) from customers where code = 'NEWCO'")).toBe(0)
    expect(await count("select count(*) from orders where ext_ref in ('H-2', 'H-3', 'H-4')")).toBe(0)

    const json = JSON.stringify([{ ext_ref: 'J-1', customer: 'ALFKI', sku: 'NW-011', qty: 1, note: 'a\u001b[2Jb' }, { ext_ref: 'J-2\u0000', customer: 'ALFKI', sku: 'NW-011', qty: 1 }])
    const j = await desk.run(['import', 'orders', file('hostile.json', json), '--json'])
    expect(j.exitCode).toBe(2)
    expect(JSON.parse(j.stdout).rejected.map((e: any) => [e.problems[0].line, e.problems[0].column, e.problems[0].reason])).toEqual([
      [1, 'note', 'must not contain control characters (U+001B ESC at character 2)'],
      [1, 'ext_ref', 'must not contain control characters (U+0000 NUL at character 4)'],
    ])

    // the text summary names line and column and prints no control character
    const text = await desk.run(['import', 'orders', file('hostile2.csv', csv), '--dry-run'])
    expect(text.exitCode).toBe(2)
    expect(text.stdout).toMatch(/^ +4  H-3 +source_ref +REC \\u001b\]0;pwned\\u0007\\u001b\[2J  must not contain control characters \(U\+001B ESC at character 5\)$/m)
    // the columns line up as printed: the escapes count as the columns they take
    const rows = text.stdout.split('\n').filter((l) => /^ +[345]  H-/.test(l))
    expect(new Set(rows.map((l) => l.indexOf('must not contain'))).size).toBe(1)
    expectNoControl(text, 'import orders summary')
  })

  it('a NUL in ext_ref never makes a second key: refused with its line, the clean row imported once', async () => {
    const before = await count("select count(*) from orders where ext_ref like 'N-1%'")
    const csv = Buffer.concat([Buffer.from('ext_ref,customer,sku,qty\nN-1,ALFKI,NW-011,1\n'), Buffer.from('N-1\0,ALFKI,NW-011,2\n')])
    const r = await desk.run(['import', 'orders', file('nul.csv', csv), '--json'])
    expect(r.exitCode).toBe(2)
    const s = JSON.parse(r.stdout)
    expect(s).toMatchObject({ ordersImported: 1, rejectedCount: 1 })
    expect(s.rejected[0].problems[0]).toMatchObject({ line: 3, column: 'ext_ref', reason: 'must not contain control characters (U+0000 NUL at character 4)' })
    expect(await count("select count(*) from orders where ext_ref like 'N-1%'")).toBe(before + 1)
  })

  it('import customers, products and stock: the same rule, row and column named; an address may have line breaks', async () => {
    const c = await desk.run(['import', 'customers', file('c.csv', `code,name,contact,address\nEV1,"Evil ${HOSTILE}",,\nEV2,Fine,"Mr\u202E Li",\nEV3,Fine too,,"Obere Str. 57\n12209 Berlin"\n`), '--json'])
    expect(c.exitCode).toBe(2)
    const cs = JSON.parse(c.stdout)
    expect(cs).toMatchObject({ created: 1, rejectedCount: 2 })
    expect(cs.rejected.map((e: any) => [e.ref, e.problems[0].line, e.problems[0].column])).toEqual([
      ['EV1', 2, 'name'],
      ['EV2', 3, 'contact'],
    ])
    expect((await desk.query("select address from customers where code = 'EV3'"))[0].address).toBe('Obere Str. 57\n12209 Berlin')

    const p = await desk.run(['import', 'products', file('p.csv', 'sku,name,price,unit\nEV-1,"Chai\u009b2J",18,case\nEV-2,Chang,19,"c\x1bs"\n'), '--json'])
    expect(p.exitCode).toBe(2)
    expect(JSON.parse(p.stdout).rejected.map((e: any) => [e.ref, e.problems[0].line, e.problems[0].column, e.problems[0].reason])).toEqual([
      ['EV-1', 2, 'name', 'must not contain control characters (U+009B, a C1 control, at character 5)'],
      ['EV-2', 3, 'unit', 'must not contain control characters (U+001B ESC at character 2)'],
    ])
    expect(await count("select count(*) from products where sku like 'EV-%'")).toBe(0)

    const moves = await count('select count(*) from stock_moves')
    const st = await desk.run(['import', 'stock', file('s.csv', 'sku,qty,reason\nNW-001,50,"count\u2066ed"\n'), '--json'])
    expect(st.exitCode).toBe(2)
    expect(JSON.parse(st.stdout).rejected[0].problems[0]).toMatchObject({ line: 2, column: 'reason', reason: 'must not contain control characters (U+2066, a bidi isolate, at character 6)' })
    expect(await count('select count(*) from stock_moves')).toBe(moves)
  })
})

describe('what a desk already holds is printed with escapes, never raw', () => {
  it('order show, order list, customer list, forms, and messages naming it: no control character reaches the terminal; --json stays exact', async () => {
    const number = (await desk.json(['inquiry', 'new', '--customer', 'VINET', '--item', 'NW-011=1', '--source-ref', 'REC-9', '--note', 'plain'])).order.number
    // written directly, as a tool or an older orderdesk could have
    await desk.query('update customers set name = ?, contact = ? where code = ?', [`Vins ${HOSTILE}`, 'Paul\u202Eluap', 'VINET'])
    await desk.query('update orders set note = ?, source_ref = ? where number = ?', [`call\u009b2J ${HOSTILE}`, `REC\u2066${HOSTILE}`, number])
    await desk.query('update products set name = ? where sku = ?', [`Queso ${HOSTILE}`, 'NW-011'])

    const show = await desk.run(['order', 'show', number])
    expect(show.exitCode, show.stderr).toBe(0)
    expectNoControl(show, 'order show')
    expect(show.stdout).toContain(`Vins ${SHOWN}`)
    expect(show.stdout).toContain(`call\\u009b2J ${SHOWN}`)
    expect(show.stdout).toContain(`REC\\u2066${SHOWN}`)
    expect(show.stdout).toContain(`Queso ${SHOWN}`)

    for (const args of [['order', 'list'], ['order', 'list', '--needs-action'], ['customer', 'list'], ['customer', 'show', 'VINET']]) {
      const r = await desk.run(args)
      expect(r.exitCode, `${args.join(' ')}: ${r.stderr}`).toBe(0)
      expectNoControl(r, args.join(' '))
      expect(r.stdout).toContain('Vins \\u001b]0;pwned')
    }
    expect((await desk.run(['customer', 'list'])).stdout).toContain('Paul\\u202eluap')

    for (const args of [['print', 'inquiry', number], ['print', 'inquiry', number, '--format', 'html']]) {
      const r = await desk.run(args)
      expect(r.exitCode, `${args.join(' ')}: ${r.stderr}`).toBe(0)
      expectNoControl(r, args.join(' '))
      expect(r.stdout).toContain('pwned')
    }

    // a success message and an error message that name the data
    const drop = await desk.run(['inquiry', 'drop', number, '--reason', 'went elsewhere'])
    expect(drop.exitCode, drop.stderr).toBe(0)
    expectNoControl(drop, 'inquiry drop')
    const again = await desk.run(['stock', 'check', number])
    expect(again.exitCode).toBe(4)
    expectNoControl(again, 'stock check on a lost order')

    // JSON is for scripts: exact
    const j = await desk.json(['order', 'show', number])
    expect(j.note).toBe(`call\u009b2J ${HOSTILE}`)
    expect(j.sourceRef).toBe(`REC\u2066${HOSTILE}`)
    expect((await desk.json(['customer', 'list'])).find((c: any) => c.code === 'VINET').name).toBe(`Vins ${HOSTILE}`)
  })

  it('an error message echoing a flag shows a bidi override as an escape', async () => {
    const r = await desk.run(['order', 'show', '26-\u202E00001'])
    expect(r.exitCode).toBe(3)
    expect(r.stderr).toContain('26-\\u202e00001')
    expectNoControl(r, 'order show <bidi>')
  })
})

describe('encodings: bytes that are not the file\'s encoding refuse the file', () => {
  const GBK_ROWS = 'ext_ref,customer,sku,qty,note\nG-1,ALFKI,NW-011,1,fine\nG-2,ALFKI,NW-011,1,张先生来电\n'

  it('GBK bytes in a UTF-8 import: exit 2 naming the first bad line and --encoding gbk; nothing written (even after a committed batch)', async () => {
    const before = await fingerprint()
    const r = await desk.run(['import', 'orders', file('gbk.csv', iconv.encode(GBK_ROWS, 'gbk')), '--json'])
    expect(r.exitCode).toBe(2)
    const err = JSON.parse(r.stderr).error
    expect(err).toMatchObject({ code: 'invalid_file', details: { line: 3 } })
    expect(err.message).toBe('cannot read the file at line 3: it is not UTF-8 (byte 0xD5); if it was saved as GBK, import it with --encoding gbk')
    // 600 good orders, one per batch, then the bad line: the file is refused before any is written
    const many = ['ext_ref,customer,sku,qty,note', ...Array.from({ length: 600 }, (_, i) => `M-${i},ALFKI,NW-011,1,`)].join('\n')
    const big = Buffer.concat([Buffer.from(`${many}\n`), iconv.encode('M-600,ALFKI,NW-011,1,张先生\n', 'gbk')])
    const b = await desk.run(['import', 'orders', file('big-gbk.csv', big), '--batch-size', '1'])
    expect(b.exitCode).toBe(2)
    expect(b.stderr).toMatch(/^orderdesk: cannot read the file at line 602: it is not UTF-8 .*--encoding gbk$/m)
    expect(await fingerprint()).toEqual(before)
    // the same file with --encoding gbk is read as it was meant
    const ok = await desk.run(['import', 'orders', file('gbk2.csv', iconv.encode(GBK_ROWS, 'gbk')), '--encoding', 'gbk', '--json'])
    expect(ok.exitCode, ok.stderr).toBe(0)
    expect(await count("select count(*) from orders where note = '张先生来电'")).toBe(1)
  })

  it('master data and JSON too; stdin is checked as it is read, the bad line ending the import like any file error', async () => {
    const before = await fingerprint()
    const c = await desk.run(['import', 'customers', file('c-gbk.csv', iconv.encode('code,name\nGB1,北京贸易\n', 'gbk'))])
    expect(c.exitCode).toBe(2)
    expect(c.stderr).toMatch(/^orderdesk: cannot read the file at line 2: it is not UTF-8 \(byte 0xB1\); .*--encoding gbk$/m)
    const j = await desk.run(['import', 'orders', file('gbk.jsonl', iconv.encode('{"ext_ref":"JG-1","customer":"ALFKI","sku":"NW-011","qty":1}\n{"ext_ref":"JG-2","customer":"ALFKI","sku":"NW-011","qty":1,"note":"张"}\n', 'gbk'))])
    expect(j.exitCode).toBe(2)
    expect(j.stderr).toMatch(/^orderdesk: cannot read the file at line 2: it is not UTF-8/m)
    // a UTF-16 file says so
    const u16 = await desk.run(['import', 'customers', file('c16.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('code,name\nU1,X\n', 'utf16le')]))])
    expect(u16.exitCode).toBe(2)
    expect(u16.stderr).toMatch(/^orderdesk: cannot read the file at line 1: it is UTF-16 \(it starts with a UTF-16 byte-order mark\); save it as UTF-8/m)
    expect(await fingerprint()).toEqual(before)

    // stdin cannot be read twice: the check runs as it is read, and what earlier batches
    // committed stays (as with any file error; --strict makes it all or nothing)
    const rows = Array.from({ length: 5000 }, (_, i) => `S-${i},ALFKI,NW-011,1,`)
    const input = Buffer.concat([Buffer.from(`ext_ref,customer,sku,qty,note\n${rows.join('\n')}\n`), iconv.encode('S-5000,ALFKI,NW-011,1,张先生\n', 'gbk')])
    const ordersBefore = await count('select count(*) from orders')
    const stdin = await desk.run(['import', 'orders', '-', '--batch-size', '100', '--json'], { input: input as unknown as string })
    expect(stdin.exitCode).toBe(2)
    const s = JSON.parse(stdin.stdout)
    expect(s.fileError).toEqual({ line: 5002, reason: 'cannot read the file at line 5002: it is not UTF-8 (byte 0xD5); if it was saved as GBK, import it with --encoding gbk' })
    expect(s.ordersImported).toBeLessThan(5000)
    expect(await count('select count(*) from orders')).toBe(ordersBefore + s.ordersImported)
    expect(await count("select count(*) from orders where ext_ref = 'S-5000'")).toBe(0)
    const strict = await desk.run(['import', 'orders', '-', '--strict', '--json'], { input: input as unknown as string })
    expect(strict.exitCode).toBe(2)
    expect(JSON.parse(strict.stdout)).toMatchObject({ committed: false, ordersImported: 0, fileError: { line: 5002 } })
    expect(await count('select count(*) from orders')).toBe(ordersBefore + s.ordersImported)
  })

  it('a byte that is not GBK in a --encoding gbk file is refused too; a UTF-8 BOM is fine', async () => {
    const bad = Buffer.concat([iconv.encode('code,name\nGB2,北京\n', 'gbk'), Buffer.from([0x47, 0x42, 0x33, 0x2c, 0x81, 0x0a])])
    const r = await desk.run(['import', 'customers', file('bad-gbk.csv', bad), '--encoding', 'gbk'])
    expect(r.exitCode).toBe(2)
    expect(r.stderr).toMatch(/^orderdesk: cannot read the file at line 3: it is not GBK/m)
    expect(await count("select count(*) from customers where code like 'GB%'")).toBe(0)
    const bom = await desk.run(['import', 'customers', file('bom.csv', '\uFEFFcode,name\nBOM1,Crème brûlée ✓\n'), '--json'])
    expect(bom.exitCode, bom.stderr).toBe(0)
    expect(await count("select count(*) from customers where name = 'Crème brûlée ✓'")).toBe(1)
  })
})
