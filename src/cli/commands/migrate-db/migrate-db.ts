import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { migrateDb, requireEnds } from '../../../services/migrate-db.js'
import { deskCopyText } from '../../../render/desk-copy.js'
import { busyTimeoutMs, outputFor, type Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { described } from '../../help.js'
import { validateOptions } from '../../parse.js'

export const schema = z.object({ from: str(), to: str() })
export type Options = Infer<typeof schema>

/** `migrate-db --from <file> --to <url>`: it opens no desk of its own (`--db` is not read), so it runs without a session. */
export function register(program: Command): void {
  const cmd = program.command('migrate-db').option('--from <file>').option('--to <url>')
  described(cmd, 'migrate-db').action(async (raw: unknown, c: Command) => run(validateOptions(schema, raw), { out: outputFor(c) }))
}

/** Copies a SQLite desk into an empty PostgreSQL database and verifies counts and the audit chain there before it commits. */
export async function run(opts: Options, s: Pick<Session, 'out'>): Promise<void> {
  const ends = requireEnds(opts.from, opts.to)
  // progress only for a person watching (a large desk takes a while); the summary says it all
  const onTable = s.out.stderr.isTTY ? (table: string, rows: number) => s.out.note(`  ${tr('desk.migrateCopied', { table, rows })}`) : undefined
  const r = await migrateDb({ ...ends, busyTimeoutMs: busyTimeoutMs(), onTable })
  s.out.result(r, () => deskCopyText(r))
  s.out.done(tr('desk.migrated', { from: r.from, to: r.to, rows: r.rows, tables: r.tables.length, seconds: (r.ms / 1000).toFixed(1) }))
  s.out.next(tr('desk.migrateNext'))
}
