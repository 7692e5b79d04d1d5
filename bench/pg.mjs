// The PostgreSQL half of `npm run bench` (issue 11), called from run.mjs: when
// ORDERDESK_BENCH_PG (or ORDERDESK_TEST_PG) names a server — a URL of a role that may create
// databases — the big desk is copied there with `orderdesk migrate-db` (timed: the move a desk
// makes; its seeded audit chain is re-hashed first, as migrate-db copies only an intact one) and the main figures are measured on the copy: a read against bare node, the lists,
// and the writes on the big desk against an empty (demo) desk on the same server. The
// throwaway databases are dropped afterwards.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const require = createRequire(import.meta.url)
const root = fileURLToPath(new URL('..', import.meta.url))
const bin = fileURLToPath(new URL('../bin/orderdesk', import.meta.url))

/**
 * A copy of the seeded desk whose audit chain is hashed by the real formula (the seed writes
 * random hashes and rows no event sealed; `migrate-db` copies only a desk whose trail verifies,
 * rows included): the chain re-hashed, then every row sealed in `audit.seal` events as the
 * migration to 0012 seals an older desk.
 */
export async function rechainedCopy(sqliteFile, dir) {
  const copy = join(dir, 'pg-source.db')
  copyFileSync(sqliteFile, copy)
  if (existsSync(`${sqliteFile}-wal`)) copyFileSync(`${sqliteFile}-wal`, `${copy}-wal`)
  const out = join(dir, 'events.mjs')
  await build({
    stdin: {
      contents: `export { eventHashInput, hashEvent, GENESIS_HASH } from './src/store/queries/events.ts'\nexport { rowSeal, SEALED_TABLES } from './src/store/audit-seal.ts'`,
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    logLevel: 'error',
  })
  const { eventHashInput, hashEvent, GENESIS_HASH, rowSeal, SEALED_TABLES } = await import(out)
  const db = new (require('better-sqlite3'))(copy)
  db.pragma('synchronous = OFF')
  const page = db.prepare('select * from events where id > ? order by id limit 20000')
  const upd = db.prepare('update events set prev_hash = ?, hash = ? where id = ?')
  db.transaction(() => {
    let prev = GENESIS_HASH
    for (let last = 0, rows; (rows = page.all(last)).length > 0; last = rows.at(-1).id) {
      for (const r of rows) {
        const hash = hashEvent(eventHashInput(prev, r))
        upd.run(prev, hash, r.id)
        prev = hash
      }
    }
    const at = new Date().toISOString()
    const add = db.prepare(
      "insert into events (at, business_date, actor, action, entity, ref, order_id, from_status, to_status, data, sealed, prev_hash, hash) values (?, ?, 'orderdesk', 'audit.seal', 'desk', '-', null, null, null, null, ?, ?, ?)",
    )
    let batch = []
    const flush = () => {
      if (batch.length === 0) return
      const sealed = JSON.stringify(batch)
      const e = { at, business_date: at.slice(0, 10), actor: 'orderdesk', action: 'audit.seal', entity: 'desk', ref: '-', order_id: null, from_status: null, to_status: null, data: null, sealed }
      const hash = hashEvent(eventHashInput(prev, e))
      add.run(at, e.business_date, sealed, prev, hash)
      prev = hash
      batch = []
    }
    for (const t of SEALED_TABLES) {
      const rowsAfter = db.prepare(`select * from "${t.name}" where "${t.key}" > ? order by "${t.key}" limit 20000`)
      for (let last = t.key === 'id' ? 0 : '', rows; (rows = rowsAfter.all(last)).length > 0; last = rows.at(-1)[t.key]) {
        for (const r of rows) {
          batch.push([t.name, String(r[t.key]), rowSeal(r)])
          if (batch.length >= 5000) flush()
        }
      }
    }
    flush()
  })()
  db.close()
  return copy
}
const LOCALE = `template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C.UTF-8'`

/** The server URL to bench on, or null (then the PostgreSQL section is skipped). */
export function pgBenchUrl() {
  return process.env.ORDERDESK_BENCH_PG || process.env.ORDERDESK_TEST_PG || null
}

/** run.mjs's helpers come in as arguments, so that both halves measure the same way. */
export async function benchPostgres({ sqliteFile, node, someOrder, timeIt, od, deskEnv, writes, round }) {
  const server = pgBenchUrl()
  if (!server) {
    console.log('\nPostgreSQL: skipped (set ORDERDESK_BENCH_PG to a server URL to bench it too)')
    return null
  }
  const pg = createRequire(import.meta.url)('pg')
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  const names = { big: `orderdesk_bench_big_${process.pid}`, empty: `orderdesk_bench_empty_${process.pid}` }
  const urlOf = (name) => {
    const u = new URL(server)
    u.pathname = `/${name}`
    return u.toString()
  }
  try {
    for (const n of Object.values(names)) {
      await admin.query(`drop database if exists ${n}`)
      await admin.query(`create database ${n} ${LOCALE}`)
    }
    const big = urlOf(names.big)
    const empty = urlOf(names.empty)
    console.log(`\nPostgreSQL (${server.replace(/:[^:@/]*@/, ':***@')})`)
    const dir = mkdtempSync(join(tmpdir(), 'orderdesk-bench-pg-'))
    const source = await rechainedCopy(sqliteFile, dir)
    const t0 = Date.now()
    const m = spawnSync(process.execPath, [bin, 'migrate-db', '--from', source, '--to', big, '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 })
    rmSync(dir, { recursive: true, force: true })
    if (m.status !== 0) {
      // e.g. a seeded desk whose audit trail does not verify: say so, keep the SQLite figures
      console.log(`  skipped: migrate-db exited ${m.status}: ${m.stderr.trim()}`)
      return { skipped: m.stderr.trim() }
    }
    const copied = JSON.parse(m.stdout)
    const section = { server: server.replace(/:[^:@/]*@/, ':***@'), migrateDb: { rows: copied.rows, ms: Date.now() - t0 } }
    console.log(`  migrate-db copied ${copied.rows.toLocaleString('en')} rows, verified, in ${(section.migrateDb.ms / 1000).toFixed(1)} s`)
    const init = spawnSync(process.execPath, [bin, 'init', '--demo'], { env: { ...process.env, ...deskEnv(empty) }, encoding: 'utf8' })
    if (init.status !== 0) throw new Error(`init --demo exited ${init.status}: ${init.stderr}`)

    const read = timeIt(od('order', 'show', someOrder, '--json'), deskEnv(big))
    section.read = { name: 'order show <n> --json', medianMs: round(read), ratio: round(read / node, 2) }
    console.log(`  ${'order show <n> --json'.padEnd(36)} ${read.toFixed(1).padStart(8)} ms  ${(read / node).toFixed(2)}× node`)
    section.lists = [
      ['order list --status ready --json', od('order', 'list', '--status', 'ready', '--json')],
      ['order list --needs-action', od('order', 'list', '--needs-action')],
      ['stock show', od('stock', 'show')],
      ['production list', od('production', 'list')],
      ['change list', od('change', 'list')],
    ].map(([name, argv]) => ({ name, medianMs: round(timeIt(argv, deskEnv(big))) }))
    for (const l of section.lists) console.log(`  ${l.name.padEnd(36)} ${l.medianMs.toFixed(1).padStart(8)} ms`)
    const [onEmpty, onBig] = writes([empty, big])
    section.writes = Object.keys(onEmpty).map((name) => ({ name, emptyMs: round(onEmpty[name]), bigMs: round(onBig[name]), ratio: round(onBig[name] / onEmpty[name], 2) }))
    for (const w of section.writes) console.log(`  ${w.name.padEnd(36)} ${w.emptyMs.toFixed(1).padStart(8)} ms → ${w.bigMs.toFixed(1).padStart(8)} ms  ${w.ratio.toFixed(2)}×`)
    return section
  } finally {
    for (const n of Object.values(names)) await admin.query(`drop database if exists ${n} with (force)`).catch(() => {})
    await admin.end()
  }
}
