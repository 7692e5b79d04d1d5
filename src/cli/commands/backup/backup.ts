import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
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
  s.out.done(`backup written to ${r.file} (${byteSize(r.bytes)}): ${r.counts.orders} orders, ${r.counts.events} events, ${r.counts.stockMoves} stock moves; integrity ok`)
  if (r.lastEvent) s.out.note(`  last audit event: #${r.lastEvent.id} ${r.lastEvent.hash}`)
}
