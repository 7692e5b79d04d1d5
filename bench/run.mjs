// `npm run bench`: the figures of issue 9, each a median of BENCH_RUNS runs (default 11) after a
// warm-up, with every ratio computed in the same run. Prints a table and writes bench/results.json.
//
//   startup      `node -e 0` against `orderdesk --version`, `order show <n> --json` (a read,
//                target ≤ 1.6×) and `inquiry new` (a write, target ≤ 2×)
//   lists        five lists on the big desk (BENCH_ORDERS, default 1,000,000 orders): < 300 ms wall
//   pick lists   the interactive customer / product search, one query per keystroke, against
//                BENCH_CUSTOMERS (default 100,000) customers: < 20 ms each
//   writes       inquiry new, stock check, contract sign on the big desk within 1.2× of the same
//                command on an empty (demo) desk
//
// The big desk is seeded once (bench/seed.mjs, a few minutes for a million orders) into
// bench/.data/ and reused while the schema is unchanged; BENCH_RESEED=1 builds it again.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { seed } from './seed.mjs'

const require = createRequire(import.meta.url)
const Database = require('better-sqlite3')
const root = fileURLToPath(new URL('..', import.meta.url))
const bin = join(root, 'bin', 'orderdesk')
const orders = Number(process.env.BENCH_ORDERS ?? 1_000_000)
const customers = Number(process.env.BENCH_CUSTOMERS ?? 100_000)
const runs = Number(process.env.BENCH_RUNS ?? 11)
const TODAY = '2026-11-26'
const dataDir = join(root, 'bench', '.data')
const big = join(dataDir, `desk-${orders}-${customers}.db`)
const tmp = mkdtempSync(join(tmpdir(), 'orderdesk-bench-'))

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d

/** Wall ms of one run of argv (throws on a non-zero exit). */
function once(argv, env) {
  const t = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${argv.slice(1).join(' ')} exited ${r.status}: ${r.stderr}`)
  return { ms, stdout: r.stdout }
}

/** Median wall ms of `runs` runs after a warm-up; `args(i)` may vary the arguments per run. */
function timeIt(args, env) {
  const argvOf = (i) => (typeof args === 'function' ? args(i) : args)
  once(argvOf(-1), env)
  const ms = []
  for (let i = 0; i < runs; i++) ms.push(once(argvOf(i), env).ms)
  return median(ms)
}

const od = (...a) => [process.execPath, bin, ...a]
const deskEnv = (db) => ({ ORDERDESK_DB: db, ORDERDESK_USER: 'li', ORDERDESK_TODAY: TODAY, NO_COLOR: '1', ORDERDESK_NO_INPUT: '1' })

function bigDesk() {
  mkdirSync(dataDir, { recursive: true })
  if (existsSync(big) && !process.env.BENCH_RESEED) {
    console.log(`using ${big} (BENCH_RESEED=1 to build it again)`)
    // a desk seeded by an earlier orderdesk: only init (or a write) migrates it, the reads timed below refuse it
    once(od('init'), deskEnv(big))
    return
  }
  const t = Date.now()
  seed(big, orders, { lifecycle: true, customers, bin })
  console.log(`seeded ${orders.toLocaleString('en')} orders and ${customers.toLocaleString('en')} customers in ${((Date.now() - t) / 1000).toFixed(0)} s`)
}

/** The pick lists' own queries (src/store/queries), bundled for this process, one per keystroke. */
async function pickLists(db) {
  const out = join(tmp, 'pick.mjs')
  await build({
    stdin: {
      contents: `export { searchCustomers } from './src/store/queries/customers.ts'\nexport { searchProducts } from './src/store/queries/products.ts'\nexport { Kysely, SqliteDialect } from 'kysely'`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  })
  const { searchCustomers, searchProducts, Kysely, SqliteDialect } = await import(out)
  const sqlite = new Database(db, { readonly: true })
  const k = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) })
  // what a clerk types: a code, part of a name, a Chinese city, something that matches nothing
  const words = { customer: ['C0421', 'jade tool', '上海', 'hamburg 77', 'zzzz'], product: ['NW-01', 'chai', 'sauce', 'zzzz'] }
  const results = {}
  for (const [kind, list] of Object.entries(words)) {
    const search = kind === 'customer' ? (t) => searchCustomers(k, t, 15) : (t) => searchProducts(k, t, 12)
    const times = []
    for (const word of list) {
      for (let n = 1; n <= word.length; n++) {
        const prefix = word.slice(0, n)
        await search(prefix) // warm
        const ms = []
        for (let i = 0; i < runs; i++) {
          const t = process.hrtime.bigint()
          await search(prefix)
          ms.push(Number(process.hrtime.bigint() - t) / 1e6)
        }
        times.push({ prefix, ms: median(ms) })
      }
    }
    const worst = times.reduce((a, b) => (b.ms > a.ms ? b : a))
    results[kind] = { keystrokes: times.length, medianMs: round(median(times.map((t) => t.ms)), 2), worstMs: round(worst.ms, 2), worstPrefix: worst.prefix }
  }
  await k.destroy()
  return results
}

/**
 * inquiry new → stock check → contract sign, `runs` orders on each desk, the two desks taking
 * turns run by run (so that a change in the machine's load hits both alike): median ms of each.
 */
function writes(desks) {
  const numbers = desks.map(() => [])
  for (const db of desks) {
    // enough stock that every order is offered from stock and can be signed (the desk may be reused)
    for (const sku of ['NW-011', 'NW-001']) once(od('stock', 'receive', '--sku', sku, '--qty', String(2 * runs + 2), '--reason', 'bench'), deskEnv(db))
  }
  const steps = {
    'inquiry new': (d, i) => od('inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1', '--item', 'NW-001=1', '--source-ref', `BENCH-${Date.now()}-${i}`),
    'stock check': (d, i) => od('stock', 'check', numbers[d][i], '--use-lead-times'),
    'contract sign': (d, i) => od('contract', 'sign', numbers[d][i], '--payment-method', 'transfer', '--payment-due', '+7', '--deposit', '30'),
  }
  const out = desks.map(() => ({}))
  for (const [name, argv] of Object.entries(steps)) {
    const ms = desks.map(() => [])
    for (let i = 0; i <= runs; i++) {
      desks.forEach((db, d) => {
        const r = once(argv(d, i), deskEnv(db))
        if (name === 'inquiry new') numbers[d].push(r.stdout.trim())
        if (i > 0) ms[d].push(r.ms) // the first is the warm-up
      })
    }
    desks.forEach((_, d) => (out[d][name] = median(ms[d])))
  }
  return out
}

const results = { date: new Date().toISOString(), node: process.version, orders, customers, runs, load: round(loadavg()[0], 2) }
try {
  bigDesk()
  const sqlite = new Database(big, { readonly: true })
  const someOrder = sqlite.prepare("select number from orders where status = 'completed' order by id desc limit 1").get().number
  sqlite.close()
  const empty = join(tmp, 'empty.db')
  once(od('init', '--demo'), deskEnv(empty))
  const emptyCopy = join(tmp, 'empty-start.db')
  copyFileSync(empty, emptyCopy)

  console.log(`\nstartup (median of ${runs}; ratio to bare node in the same run)`)
  const cases = [
    ['orderdesk --version', () => od('--version'), deskEnv(big), null],
    [`order show <n> --json`, () => od('order', 'show', someOrder, '--json'), deskEnv(big), 1.6],
    ['inquiry new (a write)', (i) => od('inquiry', 'new', '--customer', 'ALFKI', '--item', 'NW-011=1', '--source-ref', `BENCH-S-${i}`), deskEnv(emptyCopy), 2],
    // the words: the same read for people, in English and in Chinese (issue 18: choosing and
    // loading the Chinese catalogue adds at most ~3 ms)
    [`order show <n>`, () => od('order', 'show', someOrder), deskEnv(big), null],
    [`order show <n> --lang zh-CN`, () => od('order', 'show', someOrder, '--lang', 'zh-CN'), deskEnv(big), null],
  ]
  // bare node and each command take turns, run by run: a change in the machine's load hits all alike
  const nodeMs = []
  const caseMs = cases.map(() => [])
  for (let i = 0; i <= runs; i++) {
    const n = once([process.execPath, '-e', '0'], {}).ms
    const c = cases.map(([, argv, env]) => once(argv(i), env).ms)
    if (i === 0) continue // warm-up
    nodeMs.push(n)
    c.forEach((ms, k) => caseMs[k].push(ms))
  }
  const node = median(nodeMs)
  const startup = cases.map(([name, , , target], k) => {
    const ms = median(caseMs[k])
    return { name, medianMs: round(ms), ratio: round(ms / node, 2), target, ok: target === null ? null : ms / node <= target }
  })
  results.startup = { nodeMs: round(node), commands: startup }
  console.log(`  ${'node -e 0'.padEnd(36)} ${node.toFixed(1).padStart(8)} ms`)
  for (const c of startup) console.log(`  ${c.name.padEnd(36)} ${c.medianMs.toFixed(1).padStart(8)} ms  ${c.ratio.toFixed(2)}×${c.target ? `  (≤ ${c.target}×: ${c.ok ? 'ok' : 'MISSED'})` : ''}`)
  // the Chinese words against the English, run by run (paired): the median of the differences
  const en = caseMs[cases.length - 2]
  const zh = caseMs[cases.length - 1]
  const chineseMs = median(zh.map((ms, k) => ms - en[k]))
  results.startup.chineseCatalogueMs = round(chineseMs)
  console.log(`  ${'Chinese words against English'.padEnd(36)} ${(chineseMs >= 0 ? '+' : '') + chineseMs.toFixed(1).padStart(7)} ms  (≤ +3 ms: ${chineseMs <= 3 ? 'ok' : 'MISSED'})`)

  console.log(`\nlists on ${orders.toLocaleString('en')} orders (target < 300 ms wall)`)
  const lists = [
    ['order list --status ready --json', od('order', 'list', '--status', 'ready', '--json')],
    ['order list --needs-action', od('order', 'list', '--needs-action')],
    ['stock show', od('stock', 'show')],
    ['production list', od('production', 'list')],
    ['change list', od('change', 'list')],
  ].map(([name, argv]) => {
    const ms = timeIt(argv, deskEnv(big))
    return { name, medianMs: round(ms), ok: ms < 300 }
  })
  results.lists = lists
  for (const l of lists) console.log(`  ${l.name.padEnd(36)} ${l.medianMs.toFixed(1).padStart(8)} ms  ${l.ok ? 'ok' : 'MISSED'}`)

  console.log(`\npick lists on ${customers.toLocaleString('en')} customers, per keystroke (target < 20 ms)`)
  results.pickLists = await pickLists(big)
  for (const [kind, r] of Object.entries(results.pickLists)) {
    console.log(`  ${`${kind} search`.padEnd(36)} median ${r.medianMs.toFixed(2)} ms, worst ${r.worstMs.toFixed(2)} ms ("${r.worstPrefix}") over ${r.keystrokes} keystrokes  ${r.worstMs < 20 ? 'ok' : 'MISSED'}`)
  }

  console.log('\nwrites: big desk against an empty desk (target ≤ 1.2×)')
  const [onEmpty, onBig] = writes([empty, big])
  results.writes = Object.keys(onEmpty).map((name) => ({ name, emptyMs: round(onEmpty[name]), bigMs: round(onBig[name]), ratio: round(onBig[name] / onEmpty[name], 2), ok: onBig[name] / onEmpty[name] <= 1.2 }))
  for (const w of results.writes) console.log(`  ${w.name.padEnd(36)} ${w.emptyMs.toFixed(1).padStart(8)} ms → ${w.bigMs.toFixed(1).padStart(8)} ms  ${w.ratio.toFixed(2)}×  ${w.ok ? 'ok' : 'MISSED'}`)

  // PostgreSQL (issue 11): the same figures on a copy of the big desk when a server is named (bench/pg.mjs)
  results.postgres = await (await import('./pg.mjs')).benchPostgres({ sqliteFile: big, node, someOrder, timeIt, od, deskEnv, writes, round })

  results.loadAfter = round(loadavg()[0], 2)
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`)
  console.log(`\nload average ${results.load} → ${results.loadAfter} (figures are only comparable on a quiet machine); bench/results.json written`)
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
