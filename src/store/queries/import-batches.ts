import type { Kysely } from 'kysely'
import type { CommittedOrders } from '../../domain/import-summary.js'
import type { Database } from '../schema.js'

/**
 * Import runs as the desk records them (`import_batches`): the ones still marked running,
 * what one of them committed, and how a run that stopped is finished.
 */
type Q = Kysely<Database>

export interface BatchRow {
  id: number
  kind: string
  file: string
  actor: string
  started_at: string
  /** While running: the progress written with each committed batch (master data); null before the first. */
  summary: string | null
}

/** Batches whose status is still `running`, oldest first. */
export async function runningBatches(q: Q): Promise<BatchRow[]> {
  return q.selectFrom('import_batches').select(['id', 'kind', 'file', 'actor', 'started_at', 'summary']).where('status', '=', 'running').orderBy('id').execute()
}

/** What an order import committed: its orders (order_imports rows of the batch), their lines and total, first and last number. */
export async function committedOrders(q: Q, batchId: number): Promise<CommittedOrders> {
  const agg = await q
    .selectFrom('order_imports as oi')
    .innerJoin('orders as o', 'o.id', 'oi.order_id')
    .select((eb) => [eb.fn.countAll<number>().as('orders'), eb.fn.sum<number>('o.total').as('total'), eb.fn.min<number>('o.id').as('first'), eb.fn.max<number>('o.id').as('last')])
    .where('oi.batch_id', '=', batchId)
    .executeTakeFirstOrThrow()
  const lines = await q
    .selectFrom('order_lines as l')
    .innerJoin('order_imports as oi', 'oi.order_id', 'l.order_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('oi.batch_id', '=', batchId)
    .executeTakeFirstOrThrow()
  const ends = agg.first === null ? [] : await q.selectFrom('orders').select(['id', 'number']).where('id', 'in', [agg.first, agg.last]).execute()
  const numberOf = (id: number | null) => ends.find((o) => o.id === id)?.number ?? null
  return {
    orders: Number(agg.orders),
    lines: Number(lines.n),
    total: Number(agg.total ?? 0),
    firstNumber: numberOf(agg.first),
    lastNumber: numberOf(agg.last),
  }
}

/** Records a running batch's progress (what its committed batches wrote), in the transaction that commits them. */
export async function recordBatchProgress(q: Q, id: number, progress: unknown): Promise<void> {
  await q.updateTable('import_batches').set({ summary: JSON.stringify(progress) }).where('id', '=', id).where('status', '=', 'running').execute()
}

/** Ends a batch that stopped before it finished (status `interrupted`); false when it was no longer running. */
export async function markBatchInterrupted(q: Q, id: number, at: string, summary: unknown): Promise<boolean> {
  const r = await q
    .updateTable('import_batches')
    .set({ status: 'interrupted', finished_at: at, summary: JSON.stringify(summary) })
    .where('id', '=', id)
    .where('status', '=', 'running')
    .executeTakeFirst()
  return Number(r.numUpdatedRows) === 1
}
