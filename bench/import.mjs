// `npm run bench:import`: times `orderdesk import orders` on generated phone orders (realistic
// values: 12 demo customers, 30 products, 1–9 lines per order, half the lines at the list price,
// discounts, two years of order dates, notes with commas and quotes) into a fresh demo database,
// against Debian's `sqlite3 .import` of the same CSV into a bare table, in the same run, and
// against the floor: sqlite3 itself loading the same CSV into a copy of the same fresh desk,
// set-based and unvalidated (bench/import-floor.sql).
// Reports rows/s and the importer's peak RSS (from /usr/bin/time) at each size.
//   BENCH_IMPORT_LINES=100000,1000000 (default)   ORDERDESK_BENCH_BIN=dist/main.cjs (default bin/orderdesk)
import { spawnSync } from 'node:child_process'
import { copyFileSync, createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { once } from 'node:events'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const bin = process.env.ORDERDESK_BENCH_BIN ?? fileURLToPath(new URL('../bin/orderdesk', import.meta.url))
const sizes = (process.env.BENCH_IMPORT_LINES ?? '100000,1000000').split(',').map(Number)
const FLOOR_SQL = fileURLToPath(new URL('./import-floor.sql', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'orderdesk-bench-import-'))
const TODAY = '2026-11-26'
const CUSTOMERS = ['ALFKI', 'ANATR', 'ANTON', 'AROUT', 'BERGS', 'BLAUS', 'BLONP', 'BOLID', 'BONAP', 'BOTTM', 'BSBEV', 'VINET']
const NOTES = ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', 'call back, ask for "Mr. Li"', 'deliver to the back door']

/** Writes `lines` order lines (about lines/5 orders) as the phone system would export them. */
async function generate(file, lines) {
  let seed = 42
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed / 0x7fffffff
  }
  const out = createWriteStream(file)
  let buf = 'ext_ref,customer,sku,qty,unit_price,discount,order_date,requested_date,channel,source_ref,note\n'
  const start = Date.UTC(2024, 11, 1)
  const days = 700
  let n = 0
  let o = 0
  while (n < lines) {
    o++
    const k = Math.min(lines - n, 1 + Math.floor(rnd() * 9))
    const day = new Date(start + Math.floor((n / lines) * days) * 86_400_000).toISOString().slice(0, 10)
    const req = new Date(Date.parse(day) + (14 + Math.floor(rnd() * 4) * 7) * 86_400_000).toISOString().slice(0, 10)
    const customer = CUSTOMERS[Math.floor(rnd() * CUSTOMERS.length)]
    const channel = rnd() < 0.8 ? 'phone' : 'fax'
    const note = NOTES[Math.floor(rnd() * NOTES.length)]
    const noteCell = /[",]/.test(note) ? `"${note.replace(/"/g, '""')}"` : note
    for (let i = 0; i < k; i++) {
      const sku = `NW-${String(1 + Math.floor(rnd() * 30)).padStart(3, '0')}`
      const price = rnd() < 0.5 ? '' : (5 + Math.floor(rnd() * 9000) / 100).toFixed(2)
      const discount = rnd() < 0.7 ? '0' : ['0.05', '0.1', '0.15'][Math.floor(rnd() * 3)]
      buf += `PH-${String(o).padStart(7, '0')},${customer},${sku},${1 + Math.floor(rnd() * 100)},${price},${discount},${day},${req},${channel},REC-${o},${i === 0 ? noteCell : ''}\n`
      n++
    }
    if (buf.length > 1 << 16) {
      if (!out.write(buf)) await once(out, 'drain')
      buf = ''
    }
  }
  out.end(buf)
  await once(out, 'finish')
  return o
}

/** user + system CPU seconds from /usr/bin/time's `cpu=U+S`. */
function cpuOf(stderr) {
  const m = /cpu=([\d.]+)\+([\d.]+)/.exec(stderr ?? '')
  return m ? Math.round((Number(m[1]) + Number(m[2])) * 100) / 100 : null
}

function run(argv, env = {}) {
  const t = process.hrtime.bigint()
  const r = spawnSync(argv[0], argv.slice(1), { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 })
  const ms = Number(process.hrtime.bigint() - t) / 1e6
  return { ...r, ms }
}

const hasTime = existsSync('/usr/bin/time')
const hasSqlite = spawnSync('sqlite3', ['--version']).status === 0
if (!hasSqlite) console.log('sqlite3 not found: apt-get install -y sqlite3 for the comparison')

const results = []
try {
  for (const lines of sizes) {
    const csv = join(dir, `orders-${lines}.csv`)
    const orders = await generate(csv, lines)
    const mb = statSync(csv).size / 1e6

    let sqliteMs = null
    let sqliteCpu = null
    if (hasSqlite) {
      const bare = join(dir, `bare-${lines}.db`)
      const r = run(hasTime ? ['/usr/bin/time', '-f', 'cpu=%U+%S', 'sqlite3', bare, `.import --csv ${csv} t`] : ['sqlite3', bare, `.import --csv ${csv} t`])
      if (r.status !== 0) throw new Error(`sqlite3 .import failed: ${r.stderr}`)
      sqliteMs = r.ms
      sqliteCpu = cpuOf(r.stderr)
      rmSync(bare, { force: true })
    }

    const db = join(dir, `desk-${lines}.db`)
    const env = { ORDERDESK_DB: db, ORDERDESK_USER: 'li', ORDERDESK_TODAY: TODAY, NO_COLOR: '1' }
    const init = run([process.execPath, bin, 'init', '--demo'], env)
    if (init.status !== 0) throw new Error(`init failed: ${init.stderr}`)

    // the floor: sqlite3 itself loads the same file into a copy of the same fresh desk, set-based
    let floorMs = null
    if (hasSqlite) {
      const floorDb = join(dir, `floor-${lines}.db`)
      copyFileSync(db, floorDb)
      const r = run(['sqlite3', floorDb, `.import --csv ${csv} t`, `.read ${FLOOR_SQL}`])
      const n = spawnSync('sqlite3', [floorDb, 'select count(*) from orders where ext_ref is not null'], { encoding: 'utf8' })
      if (r.status !== 0 || Number(n.stdout) !== orders) throw new Error(`the floor load failed: ${r.stderr}${n.stdout}`)
      floorMs = r.ms
      for (const ext of ['', '-wal', '-shm']) rmSync(floorDb + ext, { force: true })
    }
    const argv = [process.execPath, bin, 'import', 'orders', csv, '--json']
    const r = run(hasTime ? ['/usr/bin/time', '-f', 'maxrss_kb=%M cpu=%U+%S', ...argv] : argv, env)
    if (r.status !== 0) throw new Error(`import exited ${r.status}: ${r.stderr.slice(0, 2000)}`)
    const s = JSON.parse(r.stdout)
    if (s.ordersImported !== orders || s.linesImported !== lines) throw new Error(`imported ${s.ordersImported} orders / ${s.linesImported} lines, expected ${orders} / ${lines}`)
    const rss = hasTime ? Number(/maxrss_kb=(\d+)/.exec(r.stderr)?.[1]) / 1024 : null
    const row = {
      lines,
      orders,
      csvMB: Math.round(mb * 10) / 10,
      importSeconds: Math.round(r.ms) / 1000,
      rowsPerSecond: Math.round((lines * 1000) / r.ms),
      inProcessSeconds: s.elapsedMs / 1000,
      peakRssMB: rss === null ? null : Math.round(rss),
      sqliteImportSeconds: sqliteMs === null ? null : Math.round(sqliteMs) / 1000,
      ratio: sqliteMs === null ? null : Math.round((r.ms / sqliteMs) * 100) / 100,
      floorSeconds: floorMs === null ? null : Math.round(floorMs) / 1000,
      floorRatio: floorMs === null || sqliteMs === null ? null : Math.round((floorMs / sqliteMs) * 100) / 100,
      overFloor: floorMs === null ? null : Math.round((r.ms / floorMs) * 100) / 100,
      cpuSeconds: cpuOf(r.stderr),
      sqliteCpuSeconds: sqliteCpu,
      threaded: s.threaded,
      load: loadavg()[0],
    }
    results.push(row)
    for (const ext of ['', '-wal', '-shm']) rmSync(db + ext, { force: true })
    rmSync(csv, { force: true })
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}

const pad = (v, w) => String(v ?? '—').padStart(w)
console.log(`\n${'lines'.padStart(9)} ${'orders'.padStart(8)} ${'import s'.padStart(9)} ${'rows/s'.padStart(8)} ${'CPU s'.padStart(6)} ${'peak RSS MB'.padStart(12)} ${'sqlite3 s'.padStart(10)} ${'CPU s'.padStart(6)} ${'ratio'.padStart(6)} ${'CPU ratio'.padStart(10)} ${'floor s'.padStart(8)} ${'floor ratio'.padStart(12)} ${'import/floor'.padStart(13)} ${'load'.padStart(5)}`)
for (const r of results) {
  const cpuRatio = r.cpuSeconds && r.sqliteCpuSeconds ? (r.cpuSeconds / r.sqliteCpuSeconds).toFixed(2) : null
  console.log(
    `${pad(r.lines, 9)} ${pad(r.orders, 8)} ${pad(r.importSeconds.toFixed(1), 9)} ${pad(r.rowsPerSecond, 8)} ${pad(r.cpuSeconds?.toFixed(1), 6)} ${pad(r.peakRssMB, 12)} ${pad(r.sqliteImportSeconds?.toFixed(1), 10)} ${pad(r.sqliteCpuSeconds?.toFixed(1), 6)} ${pad(r.ratio?.toFixed(2), 6)} ${pad(cpuRatio, 10)} ${pad(r.floorSeconds?.toFixed(1), 8)} ${pad(r.floorRatio?.toFixed(2), 12)} ${pad(r.overFloor?.toFixed(2), 13)} ${pad(r.load.toFixed(1), 5)}`,
  )
}
console.log('\ntargets: ratio ≤ 5, peak RSS < 250 MB and about the same at every size')
console.log('floor: sqlite3 loading the same file into the same fresh desk, set-based, unvalidated (bench/import-floor.sql); floor ratio = floor / sqlite3 .import')
console.log(JSON.stringify(results))
