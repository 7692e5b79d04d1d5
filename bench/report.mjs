// `npm run bench:report`: the nightly status report on a big desk. Seeds 1,000,000 orders
// (BENCH_ORDERS to change) walked through the whole lifecycle, then times
// `orderdesk report status --format json` (median of BENCH_RUNS runs after a warm-up, with its
// peak memory) against the very same SQL run directly by Debian's sqlite3 shell
// (`apt-get install -y sqlite3`), and prints the ratio (target ≤ 2×; budget < 5 s, < 300 MB).
//   BENCH_DB=file        keep the seeded desk in `file` and reuse it next time
//   ORDERDESK_BENCH_BIN  the orderdesk to run (default bin/orderdesk, i.e. dist/)
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { seed } from './seed.mjs'

const bin = process.env.ORDERDESK_BENCH_BIN ?? fileURLToPath(new URL('../bin/orderdesk', import.meta.url))
const orders = Number(process.env.BENCH_ORDERS ?? 1_000_000)
const runs = Number(process.env.BENCH_RUNS ?? 5)
const today = '2026-11-26'
const dir = mkdtempSync(join(tmpdir(), 'orderdesk-bench-report-'))
const db = process.env.BENCH_DB ?? join(dir, 'bench.db')
const env = { ...process.env, ORDERDESK_DB: db, ORDERDESK_USER: 'li', ORDERDESK_TODAY: today, NO_COLOR: '1' }
const hasTime = existsSync('/usr/bin/time')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

/** Runs argv (stdin from `input`), returns wall ms and peak RSS in MB (null without /usr/bin/time). */
function run(argv, { input } = {}) {
  const cmd = hasTime ? ['/usr/bin/time', '-f', '%M', ...argv] : argv
  const t = process.hrtime.bigint()
  const r = spawnSync(cmd[0], cmd.slice(1), { env, input, encoding: 'utf8', maxBuffer: 1 << 30 })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  if (r.status !== 0) throw new Error(`${argv.join(' ')} exited ${r.status}: ${r.stderr}`)
  const rss = hasTime ? Number(r.stderr.trim().split('\n').at(-1)) / 1024 : null
  return { ms, rss, stdout: r.stdout }
}

function time(argv, opts) {
  run(argv, opts) // warm-up (and the schema upgrade, if any)
  const all = Array.from({ length: runs }, () => run(argv, opts))
  return { ms: median(all.map((x) => x.ms)), rss: hasTime ? Math.max(...all.map((x) => x.rss)) : null, stdout: all[0].stdout }
}

try {
  if (process.env.BENCH_DB && existsSync(db)) console.log(`reusing ${db}`)
  else {
    const t0 = Date.now()
    seed(db, orders, { today, lifecycle: true, bin })
    console.log(`seeded ${orders} orders (whole lifecycle) in ${((Date.now() - t0) / 1000).toFixed(1)} s`)
  }
  const sqlite3 = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' })
  if (sqlite3.status !== 0) throw new Error('sqlite3 not found: apt-get update && apt-get install -y sqlite3')

  const node = time([process.execPath, '-e', '0'])
  const json = time([process.execPath, bin, 'report', 'status', '--format', 'json'])
  const html = time([process.execPath, bin, 'report', 'status', '--format', 'html'])
  const script = run([process.execPath, bin, 'report', 'status', '--sql']).stdout
  writeFileSync(join(dir, 'report.sql'), script)
  const direct = time(['sqlite3', db], { input: script })
  const report = JSON.parse(json.stdout)
  const queries = (script.match(/;\n/g) ?? []).length - 2

  const mb = (x) => (x === null ? 'n/a' : `${x.toFixed(0)} MB`)
  console.log(`\nsqlite3 ${sqlite3.stdout.split(' ')[0]}, ${runs} runs each (median), ${orders} orders`)
  console.log(`${'what'.padEnd(44)} ${'median'.padStart(10)} ${'peak RSS'.padStart(10)}`)
  console.log(`${'node -e 0'.padEnd(44)} ${`${node.ms.toFixed(0)} ms`.padStart(10)} ${mb(node.rss).padStart(10)}`)
  console.log(`${'orderdesk report status --format json'.padEnd(44)} ${`${json.ms.toFixed(0)} ms`.padStart(10)} ${mb(json.rss).padStart(10)}`)
  console.log(`${'orderdesk report status --format html'.padEnd(44)} ${`${html.ms.toFixed(0)} ms`.padStart(10)} ${mb(html.rss).padStart(10)}`)
  console.log(`${`sqlite3: the same ${queries} queries`.padEnd(44)} ${`${direct.ms.toFixed(0)} ms`.padStart(10)} ${mb(direct.rss).padStart(10)}`)
  const ratio = json.ms / direct.ms
  console.log(`\nratio report / sqlite3: ${ratio.toFixed(2)}× (target ≤ 2×: ${ratio <= 2 ? 'met' : 'NOT met'})`)
  console.log(`budget < 5 s and < 300 MB: ${json.ms < 5000 && (json.rss === null || json.rss < 300) ? 'met' : 'NOT met'}`)
  console.log(`report: ${report.pipeline.total.orders} orders, ${report.needsAction.total} need action, ${report.overdue.orders} overdue`)
} finally {
  rmSync(dir, { recursive: true, force: true })
}
