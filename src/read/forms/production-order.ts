import { RefusedError } from '../../domain/errors.js'
import { msg } from '../../domain/message.js'
import { DOCUMENT_KINDS } from '../../domain/numbering.js'
import type { ProductionOrderView } from '../production.js'
import { lastEvent, signed } from './events.js'
import type { FormOf, FormReader, FormRequest, Signed } from './form-data.js'
import { latestOfSeveral, notYet, pickDocument } from './pick-document.js'

/** 生产命令单: one production order (the latest, or the one numbered), with MC's acceptance and completion. */
export type LoadedProductionOrder = FormOf<'production-order', { mo: ProductionOrderView; accepted: Signed | null; rejected: Signed | null; done: Signed | null }>

export const productionOrderReader: FormReader<LoadedProductionOrder> = {
  prefix: DOCUMENT_KINDS.production_order,
  async load(r) {
    const mos = productionOrders(r)
    const mo = pickDocument(r, 'production_order', mos)
    const about = (action: string) => lastEvent(r.agg.events, action, mo.number)
    const accept = about('production.accept')
    const reject = about('production.reject')
    const done = mo.status === 'done' ? about('production.done') : undefined
    return {
      ...r.base,
      remarks: latestOfSeveral(r, 'production-order', mos),
      form: 'production-order',
      number: mo.number,
      mo,
      accepted: accept ? signed(accept) : null,
      rejected: reject && mo.status === 'rejected' ? signed(reject) : null,
      done: done ? signed(done) : null,
    }
  },
  // issue 19: issued documents — what is to be made as the manager signed it (product, customer as
  // they were); MC's acceptance, progress and what a customer change did to it since, as they are now
  since: (issued, now) => ({
    ...issued,
    mo: { ...now.mo, sku: issued.mo.sku, product_name: issued.mo.product_name, unit: issued.mo.unit, customer_code: issued.mo.customer_code, customer_name: issued.mo.customer_name },
    accepted: now.accepted,
    rejected: now.rejected,
    done: now.done,
  }),
}

/** The order's production orders; refused when it has none (yet, or because all came from stock). */
function productionOrders(r: FormRequest): ProductionOrderView[] {
  const o = r.agg.order
  const mos = r.agg.productionOrders
  if (mos.length > 0) return mos
  if (r.agg.documents.some((d) => d.kind === 'sales_order')) {
    throw new RefusedError(msg('form.allFromStock', { order: o.number }), 'no_document', { order: o.number, status: o.status })
  }
  throw notYet('production-order', o, 'atSalesOrder')
}
