// `npm run bench`: medians of repeated runs of the built CLI against bare node, on a seeded
// database (default 100,000 orders; BENCH_ORDERS to change). Writes bench/results.json.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seed } from './seed.mjs'

const bin = fileURLToPath(new URL('../bin/orderdesk', import.meta.url))
const orders = Number(process.env.BENCH_ORDERS ?? 100000)
const runs = Number(process.env.BENCH_RUNS ?? 15)
const dir = mkdtempSync(join(tmpdir(), 'orderdesk-bench-'))
const db = join(dir, 'bench.db')

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)]
}

function time(argv, env = {}) {
  spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env } }) // warm-up
  const ms = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8' })
    ms.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`)
  }
  return median(ms)
}

try {
  const t0 = Date.now()
  seed(db, orders)
  console.log(`seeded ${orders} orders in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  const env = { ORDERDESK_DB: db, ORDERDESK_USER: 'li', ORDERDESK_TODAY: '2026-11-26', NO_COLOR: '1' }
  const node = time([process.execPath, '-e', '0'])
  const sqlite = new (createRequire(import.meta.url)('better-sqlite3'))(db, { readonly: true })
  const last = sqlite.prepare('select number from orders order by id desc limit 1').get().number
  sqlite.close()
  const cases = [
    ['orderdesk --version', [process.execPath, bin, '--version']],
    ['order show <n> --json', [process.execPath, bin, 'order', 'show', '24-00001', '--json']],
    ['order show <n>', [process.execPath, bin, 'order', 'show', last]],
    ['order list --status contracted --json', [process.execPath, bin, 'order', 'list', '--status', 'contracted', '--json']],
    ['order list --needs-action', [process.execPath, bin, 'order', 'list', '--needs-action']],
    ['stock show', [process.execPath, bin, 'stock', 'show']],
  ]
  const results = { orders, runs, node: Math.round(node * 10) / 10, commands: [] }
  console.log(`\n${'command'.padEnd(40)} ${'median ms'.padStart(10)} ${'× node'.padStart(8)}`)
  console.log(`${'node -e 0'.padEnd(40)} ${node.toFixed(1).padStart(10)} ${'1.00'.padStart(8)}`)
  for (const [name, argv] of cases) {
    const ms = time(argv, env)
    results.commands.push({ name, medianMs: Math.round(ms * 10) / 10, ratio: Math.round((ms / node) * 100) / 100 })
    console.log(`${name.padEnd(40)} ${ms.toFixed(1).padStart(10)} ${(ms / node).toFixed(2).padStart(8)}`)
  }
  // PostgreSQL: the same commands on a copy of this desk (bench/pg.mjs), when a server is named
  const { pgBenchUrl, benchPostgres } = await import('./pg.mjs')
  const server = pgBenchUrl()
  if (server) results.postgres = await benchPostgres({ server, sqliteFile: db, cases, time, env, node })
  else console.log('\n(PostgreSQL skipped: set ORDERDESK_BENCH_PG to a server URL to bench it too)')
  writeFileSync(new URL('./results.json', import.meta.url), JSON.stringify(results, null, 2) + '\n')
} finally {
  rmSync(dir, { recursive: true, force: true })
}
