import { CappedList } from '../../domain/import-outcome.js'
import type { OrdersSummary } from '../../domain/import-summary.js'
import { requirePermission, type ServiceContext } from '../context.js'
import type { AssembledOrder } from './assemble-orders.js'
import { openOrderFeed } from './feed-orders.js'
import { runImport, type ImportInput, type ImportPlan } from './run.js'
import { checkImportedStock } from './stock-checks.js'
import { noOrdersWritten } from './summary.js'
import { OrderWriter } from './write-orders.js'

/**
 * `import orders` (SPEC §6): phone orders become inquiries, streamed and written in batched
 * transactions. Rows sharing an ext_ref are one order, validated whole; an ext_ref already
 * imported with the same content is skipped (counted), with other content it is a conflict.
 */
export interface ImportOrdersInput extends ImportInput {
  createCustomers: boolean
  checkStock: boolean
}

export async function importOrders(ctx: ServiceContext, input: ImportOrdersInput): Promise<OrdersSummary> {
  requirePermission(ctx, 'inquiry.write', 'import.orders')
  if (input.createCustomers) requirePermission(ctx, 'master.write', 'import.createCustomers')
  return runImport(ctx, input, ordersPlan(ctx, input))
}

function ordersPlan(ctx: ServiceContext, input: ImportOrdersInput): ImportPlan<AssembledOrder, OrdersSummary, string[]> {
  const writer = new OrderWriter(ctx, input.createCustomers)
  // --strict: the stock checks wait until the run has committed
  const deferred: string[] = []
  return {
    kind: 'orders',
    open: (keepRaw) => openOrderFeed({ path: input.path, format: input.format, encoding: input.encoding, map: input.map, today: ctx.today, keepRaw }),
    start: (feed) => ({
      kind: 'orders',
      ordersRead: 0,
      written: noOrdersWritten(),
      stockCheck: input.checkStock && !input.dryRun ? { offered: 0, lost: 0, failed: [] } : null,
      threaded: feed.threaded,
      merged: new CappedList(),
    }),
    writeBatch: (q, batch, write, run) => writer.batch(q, batch, write, run),
    recordsProgress: false,
    onChunk: (s, chunk) => {
      s.ordersRead = chunk.orders ?? s.ordersRead
    },
    afterBatch: async (s, numbers) => {
      if (input.strict) deferred.push(...numbers)
      else await checkImportedStock(ctx, s, numbers)
    },
    afterRun: (s) => checkImportedStock(ctx, s, deferred),
  }
}
