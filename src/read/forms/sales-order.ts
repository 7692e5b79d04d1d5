import { DOCUMENT_KINDS } from '../../domain/numbering.js'
import type { DocumentRow } from '../../store/schema.js'
import { latestContract, type ContractInfo } from './contract-info.js'
import type { FormOf, FormReader, PrintLine } from './form-data.js'
import { currentLines } from './order-lines.js'
import { notYet, pickDocument } from './pick-document.js'

/** 销售订单: the sales order a manager signed, with the contract it follows. */
export type LoadedSalesOrder = FormOf<'sales-order', { salesOrder: DocumentRow; contract: ContractInfo | null; lines: PrintLine[] }>

export const salesOrderReader: FormReader<LoadedSalesOrder> = {
  prefix: DOCUMENT_KINDS.sales_order,
  async load(r) {
    const o = r.agg.order
    const sos = r.agg.documents.filter((d) => d.kind === 'sales_order')
    if (sos.length === 0) throw notYet('sales-order', o, o.status === 'contracted' ? 'confirmOrder' : 'afterContractAndPayment')
    const doc = pickDocument(r, 'sales_order', sos)
    return { ...r.base, form: 'sales-order', number: doc.number, salesOrder: doc, contract: latestContract(r.agg), lines: currentLines(r.agg) }
  },
}
