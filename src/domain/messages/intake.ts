import type { Minor } from '../money.js'

/**
 * The parameters of the intake messages — what the cli of `inquiry`, `quote` and `contract`
 * says (done lines, prompts, pick-list labels, hints) and the inquiry lines' table — each key
 * a message, each value what its words need. Names of codes (a unit, a payment method) come
 * already worded (`name.*`); amounts come as minor units and are written by the words.
 */
export interface IntakeMessages {
  // inquiry new
  /** Done: the pre-order is recorded. */
  'intake.inquiryRecorded': { order: string; customer: string; name: string; total: Minor }
  'intake.askRequested': Record<string, never>
  'intake.askChannel': Record<string, never>
  'intake.askSourceRef': Record<string, never>
  /** The confirmation after the lines are shown (no is a cancel). */
  'intake.confirmInquiry': { customer: string }
  /** A prompt's hint: the answer is no date (nor +N days). */
  'intake.dateOrDays': Record<string, never>

  // the guided inquiry's pickers
  'intake.askCustomer': Record<string, never>
  /** A customer choice's description: the contact and the phone, those known. */
  'intake.customerContact': { parts: string[] }
  'intake.askProduct': Record<string, never>
  /** After the first line: the next product, or the "done" choice. */
  'intake.askNextProduct': Record<string, never>
  /** The part of a product choice after its sku and name: list price per unit and what is available. */
  'intake.productOffer': { price: Minor; unit: string; available: number }
  /** The choice that ends the lines. */
  'intake.doneChoice': Record<string, never>
  'intake.askQty': { sku: string; unit: string }
  /** A prompt's hint: the quantity is no positive whole number. */
  'intake.positiveWhole': Record<string, never>
  'intake.askPrice': { sku: string }

  // the inquiry lines' table (before recording)
  'intake.headQty': Record<string, never>
  'intake.headPrice': Record<string, never>
  'intake.headAmount': Record<string, never>
  /** The label of the table's total row. */
  'intake.total': Record<string, never>

  // inquiry drop (and the stock check that loses an inquiry)
  'intake.askDropReason': Record<string, never>
  /** A prompt's hint: a reason is needed. */
  'intake.sayWhy': Record<string, never>
  /** Done: the inquiry ended as lost, with why. */
  'intake.lost': { order: string; reason: string }

  // quote approve | reject | reprice
  /** Done: the manager approved the offer (`reasons`: why it needed approval, in words). */
  'intake.quoteApproved': { order: string; by: string; reasons: string[] }
  'intake.askRejectReason': Record<string, never>
  /** A prompt's hint: what must change is needed. */
  'intake.sayWhat': Record<string, never>
  'intake.quoteRejected': { order: string; reason: string }
  /** Two next commands, either of which may come next. */
  'intake.eitherCommand': { first: string; second: string }
  'intake.repriced': { order: string; total: Minor }
  /** `quote reprice --item` that is not `sku=price`. */
  'intake.notSkuPrice': Record<string, never>

  // contract sign
  /** `--deposit` (or the deposit typed) that is no whole percent 0–100. */
  'intake.depositPercent': Record<string, never>
  /** Done: the contract is signed (`method` worded by `name.paymentMethod`). */
  'intake.contractSigned': { contract: string; order: string; total: Minor; method: string; due: string }
  /** The stock the contract reserved, `sku × qty` each. */
  'intake.reserved': { items: { sku: string; qty: number }[] }
  /** The next command: record the deposit (`command`), with the percent. */
  'intake.nextDeposit': { command: string; percent: number }
  /** The next command without a deposit: the manager confirms the sales order. */
  'intake.nextNoDeposit': { command: string }
  'intake.askPaymentMethod': Record<string, never>
  /** The pick-list choice for a payment method not in the list (then typed). */
  'intake.otherMethod': Record<string, never>
  /** A prompt's hint: an answer is needed. */
  'intake.required': Record<string, never>
  'intake.askPaymentDue': Record<string, never>
  'intake.askDeposit': Record<string, never>
  /** A prompt's hint: the deposit percent typed is not 0–100. */
  'intake.zeroTo100': Record<string, never>
}
