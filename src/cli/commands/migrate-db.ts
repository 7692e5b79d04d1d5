import type { Command } from 'commander'
import { migrateDb, requireEnds } from '../../services/migrate-db.js'
import { busyTimeoutMs, outputFor } from '../context.js'

/** `migrate-db --from <file> --to <url>`: move a SQLite desk to PostgreSQL, verified. */
export function registerMigrateDb(program: Command): void {
  program
    .command('migrate-db')
    .description('copy a SQLite desk (orders, events with their hash chain, stock moves, everything) into an empty PostgreSQL database, then verify counts and the audit chain there')
    .option('--from <file>', 'the SQLite desk database file to copy (it is only read)')
    .option('--to <url>', 'the empty PostgreSQL database, postgres://user@host:port/dbname')
    .action(async (raw: { from?: string; to?: string }, cmd: Command) => {
      const out = outputFor(cmd)
      const ends = requireEnds(raw.from, raw.to)
      // progress only for a person watching (a large desk takes a while); the summary says it all
      const onTable = process.stderr.isTTY ? (name: string, rows: number) => out.note(`  copied ${name}: ${rows}`) : undefined
      const r = await migrateDb({ ...ends, busyTimeoutMs: busyTimeoutMs(), onTable })
      out.result(r, () =>
        [
          `${'table'.padEnd(20)} ${'source'.padStart(9)} ${'target'.padStart(9)}`,
          ...r.tables.map((t) => `${t.name.padEnd(20)} ${String(t.source).padStart(9)} ${String(t.target).padStart(9)}`),
          `audit trail: ${r.audit.verified} events, chain intact${r.audit.head ? `; head #${r.audit.head.id} ${r.audit.head.hash} (as in the source)` : ''}`,
        ].join('\n'),
      )
      out.done(`desk copied from ${r.from} to ${r.to}: ${r.rows} rows in ${r.tables.length} tables, counts and audit chain verified (${(r.ms / 1000).toFixed(1)} s)`)
      out.next('ORDERDESK_DB=<the url> orderdesk order list   (point every desk at the new database)')
    })
}
