import type { MasterKind, MasterSummary } from '../../domain/import-summary.js'
import { requirePermission, type ServiceContext } from '../context.js'
import { openRowFeed, type MasterRow } from './assemble-rows.js'
import { BatchEvents } from './events.js'
import { runImport, type ImportInput, type ImportPlan } from './run.js'
import { noRowsWritten } from './summary.js'
import { customerUpsert } from './write-customers.js'
import { productUpsert } from './write-products.js'
import { upsertRows, type RowBatch } from './write-rows.js'
import { writeStock } from './write-stock.js'

/**
 * `import customers|products|stock`: master data from a file, upserted by code in batched
 * transactions with one audit event per change. Re-importing the same file changes nothing.
 * Customers by code, products by sku (write-customers.ts, write-products.ts); stock as a stock
 * take or, with `receive`, as goods received (write-stock.ts).
 */
export interface ImportMasterInput extends ImportInput {
  kind: MasterKind
  /** stock: add each qty as received goods instead of a stock take. */
  receive?: boolean
}

const PERMISSION = { customers: 'master.write', products: 'master.write', stock: 'stock.write' } as const

export async function importMasterData(ctx: ServiceContext, input: ImportMasterInput): Promise<MasterSummary> {
  requirePermission(ctx, PERMISSION[input.kind], `import.${input.kind}`)
  return runImport(ctx, input, masterPlan(ctx, input))
}

function masterPlan(ctx: ServiceContext, input: ImportMasterInput): ImportPlan<MasterRow, MasterSummary, void> {
  const receive = Boolean(input.receive)
  const write = {
    customers: (b: RowBatch) => upsertRows(b, customerUpsert),
    products: (b: RowBatch) => upsertRows(b, productUpsert),
    stock: (b: RowBatch) => writeStock(b, receive),
  }[input.kind]
  return {
    kind: input.kind,
    open: (keepRaw) => openRowFeed({ kind: input.kind, path: input.path, format: input.format, encoding: input.encoding, map: input.map, receive, keepRaw }),
    start: () => ({ kind: input.kind, written: noRowsWritten() }),
    writeBatch: async (q, rows, writes, run) => {
      const at = ctx.now()
      const events = writes ? await BatchEvents.start(q, ctx, at) : null
      await write({ q, rows, write: writes, ctx, at, events, run })
      await events?.flush()
    },
    recordsProgress: true,
  }
}
