import type { ImportProblem } from '../../domain/import-order.js'
import type { StockRow } from '../../domain/import-master.js'
import { msg } from '../../domain/message.js'
import { findProductsBySkus, type ProductRef } from '../../store/import-writes.js'
import { applyStockMove } from '../../store/queries/stock.js'
import type { Taken } from './run.js'
import type { MasterRow } from './assemble-rows.js'
import { codesOf, type RowBatch } from './write-rows.js'

/**
 * `import stock`: a stock take — on hand becomes the counted qty, the difference booked as an
 * `adjust` move (never below what is reserved for orders) — or, with `receive`, each row's qty
 * added as goods received. A row that moves nothing is counted unchanged; `updated` counts the
 * moves booked.
 */
const DEFAULT_REASON = { receive: 'received (import)', adjust: 'stock take (import)' } as const

export async function writeStock(b: RowBatch, receive: boolean): Promise<void> {
  const existing = new Map((await findProductsBySkus(b.q, codesOf(b))).map((p) => [p.sku, p]))
  for (const row of b.rows) {
    const r = row.value.row as StockRow
    const p = existing.get(r.sku)
    if (!p) {
      refuse(b, row, { column: 'sku', value: r.sku, reason: msg('import.noProductToCount', {}) })
      continue
    }
    const move = stockMove(b, row, r, p, receive)
    if (move !== null) await bookMove(b, p, move, r.reason ?? DEFAULT_REASON[receive ? 'receive' : 'adjust'], receive, row.value.line)
  }
}

/** The qty the row moves (0: none), or null when the row is refused. */
function stockMove(b: RowBatch, row: Taken<MasterRow>, r: StockRow, p: ProductRef, receive: boolean): number | null {
  if (receive) {
    if (r.qty !== 0) return r.qty
    refuse(b, row, { column: 'qty', value: '0', reason: msg('import.receiveNotPositive', {}) })
    return null
  }
  if (r.qty >= p.reserved) return r.qty - p.on_hand
  refuse(b, row, { column: 'qty', value: String(r.qty), reason: msg('import.belowReserved', { counted: r.qty, reserved: p.reserved }) })
  return null
}

function refuse(b: RowBatch, row: Taken<MasterRow>, problem: Omit<ImportProblem, 'line'>): void {
  const line = row.value.line
  b.run.reject(row.value.code, [line], [{ line, ...problem }], row.raw)
}

async function bookMove(b: RowBatch, p: ProductRef, move: number, reason: string, receive: boolean, line: number): Promise<void> {
  const w = b.run.summary.written
  if (move === 0) {
    w.unchanged++
    return
  }
  w.updated++
  const onHand = p.on_hand + move
  if (b.write) {
    const kind = receive ? 'receive' : 'adjust'
    await applyStockMove(b.q, { productId: p.id, qty: move, kind, orderId: null, reason, businessDate: b.ctx.today, at: b.at, actor: b.ctx.actor.name })
    b.events!.add({ action: `stock.${kind}`, entity: 'product', ref: p.sku, data: { qty: move, onHand, reason, import: b.run.source(line) } })
  }
  p.on_hand = onHand
}
