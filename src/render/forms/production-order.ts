import { tr } from '../../messages/index.js'
import type { LoadedProductionOrder } from '../../read/forms/production-order.js'
import { banner, baseModel, closedBanner, dateOr, field, type FormLayout } from './form-model.js'
import { figures, itemColumns, text } from './line-table.js'
import { person, signature, signNote } from './people.js'
import { unitName } from './terms.js'

/**
 * 生产命令单: what material control is to make for an order, in force once the manager has
 * signed it, accepted by MC with a completion date. No prices: it goes to the factory.
 */
export const productionOrderLayout: FormLayout<LoadedProductionOrder> = {
  build(f) {
    const o = f.agg.order
    const m = f.mo
    const line = f.agg.lines.find((l) => l.id === m.line_id)
    const unit = unitName(m.unit)
    const rejected = tr('form.productionRejected', { reason: m.reject_reason ?? '' })
    const status =
      m.status === 'rejected'
        ? rejected
        : m.status === 'in_progress'
          ? tr('form.productionInProgress', { progress: m.progress })
          : tr('name.productionStatus', { status: m.status })
    const mcNote =
      m.status === 'rejected'
        ? rejected
        : f.accepted
          ? tr('form.productionAccepted', { committed: m.committed_date ?? '', done: f.done ? f.done.date : null })
          : tr('form.productionToAccept')
    return baseModel(f, {
      banner: m.status === 'cancelled' ? banner('productionCancelled') : m.status === 'awaiting_signoff' ? banner('productionAwaitingSignoff') : closedBanner(f),
      meta: [
        field('issued', m.dispatched_date),
        field('order', o.number),
        field('revision', String(o.revision)),
        field('mc', person(f, m.assignee)),
        field('priority', tr('form.priorityValue', { rush: Boolean(m.priority) })),
        field('due', m.due_date),
        field('committed', dateOr(m.committed_date)),
      ],
      // what is to be made: no prices, it goes to the factory
      columns: [...itemColumns(), figures('qty'), figures('done'), figures('qcRejected'), text('due')],
      rows: [['1', m.sku, m.product_name, unit, String(m.qty), String(m.done_qty), m.rejected_qty ? String(m.rejected_qty) : '', m.due_date]],
      terms: [
        field('status', status),
        ...(line ? [field('orderLine', tr('form.orderLineSupply', { qty: line.qty, unit: unitName(line.unit), stock: line.stock_qty, shortfall: line.shortfall }))] : []),
        field('promisedToCustomer', dateOr(o.promised_date)),
        ...(m.status !== 'done' && m.done_qty < m.qty ? [field('stillToMake', `${m.qty - m.done_qty} ${unit}`)] : []),
        ...(m.rating ? [field('rating', `${m.rating}/5${m.rating_comment ? ` ${m.rating_comment}` : ''}`)] : []),
      ],
      notes: [tr('form.note', { note: 'productionOrder' })],
      signatures: [
        signature(f, 'clerk', null, signNote('dispatched')),
        // the manager who signed it (生产命令单，经本部门经理签字后生效执行); blank while it awaits one
        signature(f, 'manager', m.signed_by ? { by: m.signed_by, date: m.dispatched_date } : null, signNote('signed')),
        signature(f, 'mc', f.accepted ?? f.rejected, mcNote),
      ],
    })
  },
}
