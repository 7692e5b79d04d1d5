import type { Command } from 'commander'
import { backupDatabase } from '../../services/backup-database.js'
import { globals, withSession } from '../context.js'

/** `backup <file>`: an online copy of the desk, checked before it is put in place. */
export function registerBackup(program: Command): void {
  program
    .command('backup <file>')
    .description('copy the database while others work (SQLite online backup), then check the copy; --yes replaces an existing file')
    .action(async (file: string, _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const r = await backupDatabase(s.store, file, { overwrite: Boolean(globals(cmd).yes) })
        s.out.result(
          { file: r.file, bytes: r.bytes, counts: r.counts, integrity: r.integrity, lastEvent: r.lastEvent, auditHead: r.lastEvent, ms: r.ms },
          () => r.file,
        )
        s.out.done(
          `backup written to ${r.file} (${kb(r.bytes)}): ${r.counts.orders} orders, ${r.counts.events} events, ${r.counts.stockMoves} stock moves; integrity ok`,
        )
        if (r.lastEvent) s.out.note(`  last audit event: #${r.lastEvent.id} ${r.lastEvent.hash}`)
      }, { access: 'read', olderSchemaOk: true }),
    )
}

function kb(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`
}
