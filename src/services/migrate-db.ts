import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { NotFoundError, RefusedError, UsageError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { TrailFault } from '../domain/messages/desk.js'
import { isPostgresUrl, maskUrl } from '../store/database-url.js'
import { copyPlan, copyRows, countRows, sqliteCounts, type TablePlan } from '../store/copy-desk.js'
import { openDeskFor } from '../store/open-desk.js'
import type { Store } from '../store/store-handle.js'
import { immediate, type Tx } from '../store/transaction.js'
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
  const from = sourceFile(input)
  const source = await openDeskFor(from, { busyTimeoutMs: input.busyTimeoutMs, access: 'read' })
  try {
    const sqlite = source.sqlite!
    const plan = copyPlan(sqlite)
    // one read snapshot of the source for its check, the copy and its counts (others may go on working)
    sqlite.exec('begin')
    try {
      const sourceCounts = sqliteCounts(sqlite, plan)
      const sourceAudit = await intactTrail(source, from) // inside the snapshot begun above
      const target = await openDeskFor(input.to, { busyTimeoutMs: input.busyTimeoutMs, access: 'init' })
      try {
        const copy = { sqlite, plan, sourceCounts, sourceAudit, database: target.path, onTable: input.onTable }
        // the rows are copied with the events that sealed them
        const copied = await immediate(target.db, (tx) => copyChecked(tx, copy), { seal: false })
        return { from, to: target.path, ...copied, ms: Date.now() - started }
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

/** `--from` must be a SQLite desk file there is, `--to` a PostgreSQL URL; the source's absolute path. */
function sourceFile(input: { from: string; to: string }): string {
  if (isPostgresUrl(input.from)) throw new ValidationError('--from', maskUrl(input.from), msg('desk.migrateFromNotSqlite', {}))
  if (!isPostgresUrl(input.to)) throw new ValidationError('--to', input.to, msg('desk.migrateToNotPg', {}))
  const from = resolve(input.from)
  if (!existsSync(from)) throw new NotFoundError('database_file', input.from)
  if (statSync(from).isDirectory()) throw new ValidationError('--from', input.from, msg('desk.migrateFromFolder', {}))
  return from
}

/** The source's own trail must verify, so that the copy can be checked against it. */
async function intactTrail(source: Store, from: string): Promise<AuditReport> {
  const r = await verifyAuditIn(source.db)
  if (!r.ok) throw new RefusedError(msg('desk.migrateSourceBroken', { from, fault: faultOf(r) }), 'source_audit_broken', { kind: r.break?.kind ?? null, id: r.break?.id ?? null })
  return r
}

/** What the copy into the target's write transaction works from. */
interface Copy {
  sqlite: NonNullable<Store['sqlite']>
  plan: TablePlan[]
  sourceCounts: Map<string, number>
  sourceAudit: AuditReport
  /** The target, as messages name it. */
  database: string
  onTable?: (name: string, rows: number) => void
}

/** Into an empty target only; then every table's rows and the audit trail's head must be the source's, or nothing is kept. */
async function copyChecked(tx: Tx, c: Copy): Promise<Pick<MigrateDbResult, 'tables' | 'rows' | 'audit'>> {
  const used = [...(await countRows(tx, c.plan))].filter(([, n]) => n > 0)
  if (used.length > 0) throw new RefusedError(msg('desk.migrateTargetNotEmpty', { database: c.database, tables: used }), 'target_not_empty', { tables: Object.fromEntries(used) })
  const { added } = await copyRows(c.sqlite, tx, c.plan, { onTable: c.onTable })
  const after = await countRows(tx, c.plan)
  const tables = c.plan.map((t) => ({ name: t.name, source: c.sourceCounts.get(t.name)!, target: after.get(t.name)! - (added.get(t.name) ?? 0) }))
  const wrong = tables.filter((t) => t.source !== t.target)
  if (wrong.length > 0) throw new RefusedError(msg('desk.migrateMismatch', { database: c.database, tables: wrong }), 'migrate_mismatch')
  const audit = await verifyAuditIn(tx)
  const sameHead = (audit.head?.hash ?? null) === (c.sourceAudit.head?.hash ?? null) && audit.verified === c.sourceAudit.verified
  if (!audit.ok || !sameHead) {
    const m = msg('desk.migrateAuditMismatch', { database: c.database, fault: faultOf(audit), head: audit.head?.id ?? null, sourceHead: c.sourceAudit.head?.id ?? null })
    throw new RefusedError(m, 'migrate_mismatch')
  }
  return { tables, rows: tables.reduce((a, t) => a + t.target, 0), audit: { ok: audit.ok, verified: audit.verified, head: audit.head, sameHead } }
}

/** Flags first: both ends must be named. */
export function requireEnds(from: string | undefined, to: string | undefined): { from: string; to: string } {
  const missing = [...(from ? [] : ['--from <sqlite file>']), ...(to ? [] : ['--to <postgres url>'])]
  if (missing.length) throw new UsageError(msg('desk.migrateMissingEnds', { missing }), { missing })
  return { from: from!, to: to! }
}

/** Why a trail does not verify: its first break, or its first row that does not match (null: neither). */
function faultOf(r: AuditReport): TrailFault | null {
  if (r.break) return { reason: r.break.reason }
  const f = r.state?.findings[0]
  if (!f) return null
  return { mismatches: r.state!.mismatches, table: f.table, key: f.key, kind: f.kind }
}
