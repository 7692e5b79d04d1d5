import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { backupDatabase } from '../../../services/backup-database.js'
import { byteSize } from '../../../render/byte-size.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { file: string }

/** `backup <file>` (`--yes` replaces an existing file). */
export function register(program: Command): void {
  const cmd = program.command('backup <file>')
  described(cmd, 'backup').action(action(schema, run, { access: 'read', olderSchemaOk: true }))
}

/** Copies the desk while others work, checks the copy, and names the last audit event in it (keep its hash). */
export async function run(opts: Options, s: Session): Promise<void> {
  const r = await backupDatabase(s.store, opts.file, { overwrite: Boolean(s.opts.yes) })
  s.out.result({ file: r.file, bytes: r.bytes, counts: r.counts, integrity: r.integrity, lastEvent: r.lastEvent, auditHead: r.lastEvent, ms: r.ms }, () => r.file)
  s.out.done(tr('desk.backupWritten', { file: r.file, size: byteSize(r.bytes), orders: r.counts.orders, events: r.counts.events, stockMoves: r.counts.stockMoves }))
  if (r.lastEvent) s.out.note(`  ${tr('desk.backupLastEvent', r.lastEvent)}`)
}
