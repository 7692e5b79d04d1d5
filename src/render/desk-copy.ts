import { tr } from '../messages/index.js'
import { displayWidth } from './width.js'

/** What `migrate-db` shows of a copy: the rows of each table in the source and the target, and the audit chain verified there. */
export interface DeskCopySummary {
  tables: readonly { name: string; source: number; target: number }[]
  audit: { verified: number; head: { id: number; hash: string } | null }
}

/** Text padded to `width` columns as the terminal shows them (a Chinese header takes two a character). */
const padEnd = (s: string, width: number) => s + ' '.repeat(Math.max(0, width - displayWidth(s)))
const padStart = (s: string, width: number) => ' '.repeat(Math.max(0, width - displayWidth(s))) + s

/** `migrate-db` on stdout: a line a table (source and target counts side by side), then the audit chain. */
export function deskCopyText(r: DeskCopySummary): string {
  return [
    `${padEnd(tr('desk.copyTable'), 20)} ${padStart(tr('desk.copySource'), 9)} ${padStart(tr('desk.copyTarget'), 9)}`,
    ...r.tables.map((t) => `${t.name.padEnd(20)} ${String(t.source).padStart(9)} ${String(t.target).padStart(9)}`),
    tr('desk.copyAudit', r.audit),
  ].join('\n')
}
