import type { FormKind } from '../forms.js'

/**
 * Why a form is not there yet, and what to do first (the hint after "no contract for order X yet:
 * it is offered;"), by what the order's status says.
 */
export type NotYetHint =
  | 'checkStock'
  | 'signContract'
  | 'checkAndSign'
  | 'noContract'
  | 'confirmOrder'
  | 'afterContractAndPayment'
  | 'atSalesOrder'
  | 'shipIt'
  | 'inWarehouse'

/** The parameters of the messages about printed forms: each key a message, each value what its words need. */
export interface FormMessages {
  /** A reference that is neither an order number nor a document number. */
  'form.refShape': Record<string, never>
  /** A document number of another form (`print contract 26-00001-OS1`). */
  'form.otherKind': { ref: string; is: FormKind; wanted: FormKind }
  /** A document number of an order that does not exist. */
  'form.noOrder': { order: string }
  /** The form's documents so far (after "contract X not found"). */
  'form.orderHas': { order: string; numbers: string[] }
  /** An earlier offer: only the latest quotation is printed. */
  'form.onlyCurrent': { current: string }
  /** The order has no document of the form yet. */
  'form.notYet': { form: FormKind; order: string; status: string; hint: NotYetHint }
  /** A quotation of an order that ended before it was offered. */
  'form.neverOffered': { order: string; status: string; reason: string | null }
  /** A sales order signed with every line from stock: no production order. */
  'form.allFromStock': { order: string }
  'form.noChangeForm': { order: string }
  /** Which of an order's several production orders or outbound slips was printed, and the others' numbers (a remark on stderr). */
  'form.latestOfSeveral': { form: 'production-order' | 'outbound-slip'; order: string; latest: string; others: string[] }
}
