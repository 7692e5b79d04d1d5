import type { BatchRef, CommittedRows, InterruptedBatch } from '../../domain/import-summary.js'
import type { BatchLeases } from '../../store/import-lease.js'
import { committedOrders, markBatchInterrupted, runningBatches } from '../../store/queries/import-batches.js'
import { immediate, type Tx } from '../../store/transaction.js'
import type { ServiceContext } from '../context.js'
import { recordEvent } from '../record-step.js'

/**
 * Interrupted imports (docs/safety.md): an import run writes its batches in separate
 * transactions and is marked `done` at the end. A run that stops before its end — killed,
 * crashed, the machine off, the disk full — leaves its batch `running`. Every import first
 * looks for such batches: one whose process is gone (its lease is free, see
 * store/import-lease.ts) is marked `interrupted` with an `import.interrupted` audit event
 * naming what it had committed, in one transaction; one whose process still runs (another
 * clerk's import) is named and left alone. Its committed orders stay; re-running its file
 * imports the rest (ext_refs already there are skipped).
 */

export interface BatchCheck {
  /** Batches found stopped and (not on a dry run) marked interrupted by this run. */
  interrupted: InterruptedBatch[]
  /** Batches another process is still running: left alone. */
  stillRunning: BatchRef[]
}

/** Finds the batches left running and finishes those whose process is gone (not on a dry run: then only names them). */
export async function finishInterruptedBatches(ctx: ServiceContext, leases: BatchLeases, opts: { dryRun: boolean }): Promise<BatchCheck> {
  // the usual case, nothing left running, costs one read and no write lock
  if ((await runningBatches(ctx.db)).length === 0) return { interrupted: [], stillRunning: [] }
  const marked: number[] = []
  // the write lock first: a run cannot start or end while its lease is looked at
  const check = await immediate(ctx.db, async (tx) => {
    const out: BatchCheck = { interrupted: [], stillRunning: [] }
    for (const b of await runningBatches(tx)) {
      const ref: BatchRef = { batch: b.id, kind: b.kind, file: b.file, actor: b.actor, startedAt: b.started_at }
      if (await leases.held(tx, b.id)) {
        out.stillRunning.push(ref)
        continue
      }
      const committed = b.kind === 'orders' ? await committedOrders(tx, b.id) : progressOf(b.summary)
      out.interrupted.push({ ...ref, committed })
      if (!opts.dryRun && (await recordInterrupted(tx, ctx, ref, 'stopped', committed))) marked.push(b.id)
    }
    return out
  })
  for (const id of marked) leases.forget(id)
  return check
}

/**
 * Marks a running batch interrupted, with its audit event (`reason`: `stopped` when its
 * process was found gone, else what stopped it, e.g. `disk_full`); false if it was no longer
 * running. Inside the caller's write transaction.
 */
async function recordInterrupted(tx: Tx, ctx: ServiceContext, b: BatchRef, reason: string, committed: InterruptedBatch['committed']): Promise<boolean> {
  const at = ctx.now()
  if (!(await markBatchInterrupted(tx, b.batch, at, { interrupted: true, reason, committed, finishedBy: ctx.actor.name }))) return false
  await recordEvent(tx, ctx, at, {
    action: 'import.interrupted',
    entity: 'import',
    ref: String(b.batch),
    data: { kind: b.kind, file: b.file, startedAt: b.startedAt, startedBy: b.actor, reason, committed },
  })
  return true
}

/** Marks this run's own batch interrupted in a transaction of its own; false when the desk no longer lets it (the next run will). */
export async function finishOwnBatch(ctx: ServiceContext, b: BatchRef, reason: string, committed: InterruptedBatch['committed']): Promise<boolean> {
  try {
    return await immediate(ctx.db, (tx) => recordInterrupted(tx, ctx, b, reason, committed))
  } catch {
    return false
  }
}

function progressOf(summary: string | null): CommittedRows | null {
  if (!summary) return null
  try {
    const p = JSON.parse(summary) as Partial<CommittedRows>
    const n = (v: unknown) => (typeof v === 'number' ? v : 0)
    return { rowsRead: n(p.rowsRead), created: n(p.created), updated: n(p.updated), unchanged: n(p.unchanged) }
  } catch {
    return null
  }
}
