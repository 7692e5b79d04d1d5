// The PostgreSQL half of `npm run bench` (issue 11): when ORDERDESK_BENCH_PG (or
// ORDERDESK_TEST_PG) names a server — a URL of a role that may create databases — the seeded
// SQLite desk is copied there with `orderdesk migrate-db` (timed: that is the move a desk
// makes) and the same commands are timed against it. Called from run.mjs; the throwaway
// database is dropped afterwards.
import { spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'

const bin = fileURLToPath(new URL('../bin/orderdesk', import.meta.url))

/** The server URL to bench on, or null (then the PostgreSQL section is skipped). */
export function pgBenchUrl() {
  return process.env.ORDERDESK_BENCH_PG || process.env.ORDERDESK_TEST_PG || null
}

/**
 * Copies `sqliteFile` into a new database on the server and times `cases` there with `time`
 * (run.mjs's median timer) and `env` (with ORDERDESK_DB replaced). Gives the results section.
 */
export async function benchPostgres({ server, sqliteFile, cases, time, env, node }) {
  const pg = createRequire(import.meta.url)('pg')
  const name = `orderdesk_bench_${process.pid}`
  const admin = new pg.Client({ connectionString: server })
  await admin.connect()
  const url = new URL(server)
  url.pathname = `/${name}`
  try {
    await admin.query(`drop database if exists ${name}`)
    await admin.query(`create database ${name} template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C.UTF-8'`)
    const t0 = Date.now()
    const m = spawnSync(process.execPath, [bin, 'migrate-db', '--from', sqliteFile, '--to', url.toString(), '--json'], { encoding: 'utf8', maxBuffer: 64 << 20 })
    if (m.status !== 0) throw new Error(`migrate-db exited ${m.status}: ${m.stderr}`)
    const migrateMs = Date.now() - t0
    const copied = JSON.parse(m.stdout)
    console.log(`\nPostgreSQL (${server.replace(/:[^:@/]*@/, ':***@')}): migrate-db copied ${copied.rows} rows in ${(migrateMs / 1000).toFixed(1)} s, verified`)
    const section = { migrateDb: { rows: copied.rows, ms: migrateMs }, commands: [] }
    console.log(`${'command'.padEnd(40)} ${'median ms'.padStart(10)} ${'× node'.padStart(8)}`)
    for (const [label, argv] of cases) {
      const ms = time(argv, { ...env, ORDERDESK_DB: url.toString() })
      section.commands.push({ name: label, medianMs: Math.round(ms * 10) / 10, ratio: Math.round((ms / node) * 100) / 100 })
      console.log(`${label.padEnd(40)} ${ms.toFixed(1).padStart(10)} ${(ms / node).toFixed(2).padStart(8)}`)
    }
    return section
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`).catch(() => {})
    await admin.end()
  }
}
