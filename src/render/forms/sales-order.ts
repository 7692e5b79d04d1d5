import { tr } from '../../messages/index.js'
import type { LoadedSalesOrder } from '../../read/forms/sales-order.js'
import { baseModel, closedBanner, dateOr, field, none, orderMeta, type FormLayout } from './form-model.js'
import { paymentList } from './payments.js'
import { priceRows } from './line-table.js'
import { partyBlocks, person, signature, signNote } from './people.js'
import { deliveryText, depositText, money, paymentText, sourceText, termClauses } from './terms.js'

/** 销售订单: the formal sales order, in force once the sales manager has signed it. */
export const salesOrderLayout: FormLayout<LoadedSalesOrder> = {
  build(f) {
    const o = f.agg.order
    const so = f.salesOrder
    const total = f.lines.reduce((a, l) => a + l.amount, 0)
    return baseModel(f, {
      banner: closedBanner(f),
      meta: [
        field('salesOrderSigned', dateOr(so.signed_at)),
        ...orderMeta(f, o.revision),
        field('contract', f.contract?.doc.number ?? none()),
        field('delivery', dateOr(o.promised_date)),
      ],
      rows: priceRows(f.lines),
      // issue 19: refundforms — the payments as of the day printed
      payments: paymentList(f),
      // issue 19: refundforms — what was paid is in the payments' list, as of the day printed
      totals: [field('total', money(total))],
      terms: [
        field('delivery', deliveryText(o.promised_date, o.requested_date)),
        field('payment', paymentText(o.payment_method, o.payment_due)),
        field('deposit', depositText(total, o.deposit_pct)),
        field('supply', supply(f)),
        field('source', sourceText(f)),
        ...(o.rush ? [field('priority', tr('form.priorityValue', { rush: true }))] : []),
      ],
      notes: [tr('form.note', { note: 'salesOrder' })],
      clauses: termClauses(f, { blanks: false }),
      partyBlocks: partyBlocks(f),
      signatures: [
        signature(f, 'clerk', null, signNote('prepared')),
        signature(f, 'manager', so.signed_by ? { by: so.signed_by, date: so.signed_at ?? '' } : null, signNote('signed')),
      ],
    })
  },
}

/** Where each line comes from: stock, or a production order (with its MC and due date). */
function supply(f: LoadedSalesOrder): string {
  const lines = [
    ...f.agg.lines.filter((l) => l.qty > 0 && l.stock_qty > 0).map((l) => tr('form.supplyFromStock', { sku: l.sku, qty: l.stock_qty })),
    ...f.agg.productionOrders
      .filter((m) => m.status !== 'cancelled')
      .map((m) => tr('form.supplyProduction', { sku: m.sku, qty: m.qty, number: m.number, mc: person(f, m.assignee), due: m.due_date })),
  ]
  return lines.length ? lines.join('\n') : none()
}
