import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { NotFoundError, RefusedError, UsageError, ValidationError } from '../domain/errors.js'
import { isPostgresUrl, maskUrl } from '../store/connection.js'
import { copyPlan, copyRows, countRows, sqliteCounts } from '../store/copy-desk.js'
import { openDeskFor } from '../store/open-desk.js'
import { immediate } from '../store/transaction.js'
import { verifyAuditIn, type AuditReport } from './verify-audit.js'

export interface MigrateDbResult {
  from: string
  to: string
  /** Rows per table; `target` counts the rows copied (not the bookkeeping row PostgreSQL adds to counters). */
  tables: { name: string; source: number; target: number }[]
  rows: number
  audit: { ok: boolean; verified: number; head: AuditReport['head']; sameHead: boolean }
  ms: number
}

/**
 * `orderdesk migrate-db`: copies a SQLite desk's whole history into an empty PostgreSQL
 * database (schema made by the same migrations), in one transaction on the target, ids kept.
 * Before it commits, the copy is verified: the row count of every table equals the source's
 * and the audit trail walks intact to the same head event and hash. Anything short of that
 * rolls the target back to empty (exit 4). The source is only read, never changed (opened
 * read-only: it must have the current schema — `orderdesk init --db <file>` brings an older one
 * up to date); the target gets the schema as from `init`.
 */
export async function migrateDb(input: { from: string; to: string; busyTimeoutMs: number; onTable?: (name: string, rows: number) => void }): Promise<MigrateDbResult> {
  const started = Date.now()
  if (isPostgresUrl(input.from)) throw new ValidationError('--from', maskUrl(input.from), 'must be a SQLite desk file (the desk to move)')
  if (!isPostgresUrl(input.to)) throw new ValidationError('--to', input.to, 'must be a PostgreSQL URL, e.g. postgres://orderdesk@dbhost:5432/orderdesk')
  const from = resolve(input.from)
  if (!existsSync(from)) throw new NotFoundError('database file', input.from)
  if (statSync(from).isDirectory()) throw new ValidationError('--from', input.from, 'is a folder; name the desk database file')

  const source = await openDeskFor(from, { busyTimeoutMs: input.busyTimeoutMs, access: 'read' })
  try {
    const sqlite = source.sqlite!
    const plan = copyPlan(sqlite)
    // one read snapshot of the source for its check, the copy and its counts (others may go on working)
    sqlite.exec('begin')
    try {
      const sourceCounts = sqliteCounts(sqlite, plan)
      const sourceAudit = await verifyAuditIn(source.db) // inside the snapshot begun above
      if (!sourceAudit.ok) {
        throw new RefusedError(
          `the audit trail of ${from} itself does not verify (${whyBroken(sourceAudit) ?? 'broken'}); migrate-db copies only a desk whose trail is intact, so that the copy can be checked against it — see \`orderdesk audit verify --db ${from}\``,
          'source_audit_broken',
          { kind: sourceAudit.break?.kind ?? null, id: sourceAudit.break?.id ?? null },
        )
      }
      const target = await openDeskFor(input.to, { busyTimeoutMs: input.busyTimeoutMs, access: 'init' })
      try {
        return await immediate(target.db, async (tx) => {
          const before = await countRows(tx, plan)
          const used = [...before].filter(([, n]) => n > 0)
          if (used.length > 0) {
            throw new RefusedError(
              `the target database ${target.path} is not empty (${used.map(([t, n]) => `${t}: ${n}`).join(', ')}); migrate into a new, empty database`,
              'target_not_empty',
              { tables: Object.fromEntries(used) },
            )
          }
          const { added } = await copyRows(sqlite, tx, plan, { onTable: input.onTable })
          const after = await countRows(tx, plan)
          const tables = plan.map((t) => ({ name: t.name, source: sourceCounts.get(t.name)!, target: after.get(t.name)! - (added.get(t.name) ?? 0) }))
          const wrong = tables.filter((t) => t.source !== t.target)
          if (wrong.length > 0) {
            throw new RefusedError(
              `the copy does not match the source (${wrong.map((t) => `${t.name}: ${t.target} of ${t.source}`).join(', ')}); nothing was written to ${target.path}`,
              'migrate_mismatch',
            )
          }
          const audit = await verifyAuditIn(tx)
          const sameHead = (audit.head?.hash ?? null) === (sourceAudit.head?.hash ?? null) && audit.verified === sourceAudit.verified
          if (!audit.ok || !sameHead) {
            throw new RefusedError(
              `the copied audit trail does not verify (${whyBroken(audit) ?? `head #${audit.head?.id ?? '-'} instead of #${sourceAudit.head?.id ?? '-'}`}); nothing was written to ${target.path}`,
              'migrate_mismatch',
            )
          }
          return {
            from,
            to: target.path,
            tables,
            rows: tables.reduce((a, t) => a + t.target, 0),
            audit: { ok: audit.ok, verified: audit.verified, head: audit.head, sameHead },
            ms: Date.now() - started,
          }
        }, { seal: false }) // the rows are copied with the events that sealed them
      } finally {
        await target.close()
      }
    } finally {
      sqlite.exec('commit')
    }
  } finally {
    await source.close()
  }
}

/** Flags first: both ends must be named. */
export function requireEnds(from: string | undefined, to: string | undefined): { from: string; to: string } {
  const missing = [...(from ? [] : ['--from <sqlite file>']), ...(to ? [] : ['--to <postgres url>'])]
  if (missing.length) throw new UsageError(`must provide ${missing.map((f) => `\`${f}\``).join(', ')}`, { missing })
  return { from: from!, to: to! }
}

/** Why a trail does not verify, in a few words: its first break, or its first row that does not match. */
function whyBroken(r: AuditReport): string | null {
  if (r.break) return r.break.reason
  const f = r.state?.findings[0]
  if (!f) return null
  return `${r.state!.mismatches} row${r.state!.mismatches === 1 ? '' : 's'} do not match the chain, the first ${f.table} row ${f.key} (${f.kind.replace('row_', '')})`
}
