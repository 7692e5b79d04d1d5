import type { FormKind } from '../forms.js'
import type { Minor } from '../money.js'

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

/**
 * The labels of a printed form's fields: the head's facts, the terms, the parties, the
 * letterhead. The English form prints them bilingual (`Date 日期`), the Chinese form in Chinese.
 */
export type FormLabel =
  | 'date'
  | 'quoteDate'
  | 'issued'
  | 'slipIssued'
  | 'signed'
  | 'salesOrderSigned'
  | 'order'
  | 'revision'
  | 'status'
  | 'channel'
  | 'sourceRef'
  | 'source'
  | 'requested'
  | 'rush'
  | 'priority'
  | 'externalRef'
  | 'yourRef'
  | 'note'
  | 'contract'
  | 'validUntil'
  | 'deliveryPeriod'
  | 'delivery'
  | 'promised'
  | 'promisedToCustomer'
  | 'payment'
  | 'slipPayment'
  | 'deposit'
  | 'validity'
  | 'approval'
  | 'accepted'
  | 'byLine'
  | 'quotationApproval'
  | 'supply'
  | 'total'
  | 'slipTotal'
  | 'paid'
  | 'balance'
  | 'mc'
  | 'due'
  | 'committed'
  | 'orderLine'
  | 'stillToMake'
  | 'rating'
  | 'change'
  | 'cancel'
  | 'deliveryFrom'
  | 'deliveryTo'
  | 'whyMc'
  | 'mcDecision'
  | 'customerDecision'
  | 'shipDate'
  | 'carrier'
  | 'tracking'
  | 'unpaidRelease'
  | 'sent'
  | 'delivered'
  | 'customer'
  | 'buyer'
  | 'shipTo'
  | 'contact'
  | 'phone'
  | 'taxId'
  | 'bank'
  | 'amountInWords'

/** A line of a party's block at the foot of a contract or a sales order. */
export type PartyField = 'company' | 'address' | 'representative' | 'contact' | 'phone' | 'taxId' | 'bank' | 'account'

/** The contract's clauses from the settings (`terms.quality`, ...), in their order. */
export type ClauseKind = 'quality' | 'delivery' | 'breach' | 'disputes'

/** The columns of a form's line table. */
export type FormColumn = 'no' | 'sku' | 'product' | 'unit' | 'qty' | 'unitPrice' | 'discount' | 'amount' | 'qtyFrom' | 'qtyTo' | 'qtyChange' | 'done' | 'qcRejected' | 'due'

/** Who signs a form's box. */
export type FormSigner = 'clerk' | 'manager' | 'mc' | 'logistics' | 'customer'

/** What a signature box says under the name: the step its signer took or takes. */
export type SignatureNote =
  | 'recorded'
  | 'offered'
  | 'approved'
  | 'approvalNotRequired'
  | 'confirmed'
  | 'acknowledged'
  | 'forSeller'
  | 'quotationApproved'
  | 'forBuyer'
  | 'prepared'
  | 'signed'
  | 'dispatched'
  | 'issued'
  | 'unpaidRelease'
  | 'sent'
  | 'received'
  | 'requested'

/** A banner across a form: why it is not (or no longer) the document in force. */
export type FormBanner =
  | 'orderCancelled'
  | 'productionCancelled'
  | 'productionAwaitingSignoff'
  | 'changeTerminated'
  | 'quoteDraft'
  | 'quoteRejected'

/** A form's fixed remark under its terms. */
export type FormNote = 'inquiry' | 'contractTerms' | 'salesOrder' | 'productionOrder' | 'outboundSlip'

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

  // `orderdesk print` itself
  /** `print <form>` with a form that is none of them. */
  'form.unknownForm': { forms: readonly string[] }
  /** What the file is, in "cannot write … <file>". */
  'form.outLabel': Record<string, never>
  /** The form was written to --out. */
  'form.written': { form: FormKind; number: string; file: string; format: string }
  /** A form printed without the company's letterhead. */
  'form.noCompanyName': Record<string, never>

  // the words on the paper
  /**
   * A form's title: its lines, one a line (`\n` between them): the Chinese name, then on an
   * English form the English one.
   */
  'form.title': { form: FormKind }
  /** What the document's number is called on it (`No. 合同编号`). */
  'form.numberLabel': { form: FormKind }
  'form.label': { label: FormLabel }
  /** A label and its value on one line (the letterhead's phone, the contact in the customer block). */
  'form.labelled': { label: FormLabel; value: string }
  /** A column's header: its lines, one a line (`\n` between them). */
  'form.column': { column: FormColumn }
  /** A signature box's role: its lines, one a line (`\n` between them). */
  'form.signer': { signer: FormSigner }
  'form.signatureNote': { note: SignatureNote }
  'form.banner': { banner: FormBanner }
  'form.note': { note: FormNote }
  /** Where a value is missing (a carrier, a reference). */
  'form.none': Record<string, never>
  /** Where a date is not known yet. */
  'form.dateOpen': Record<string, never>
  'form.yesNo': { yes: boolean }
  /** A production order's or a sales order's priority: rush or normal. */
  'form.priorityValue': { rush: boolean }
  /** The line under every form: its number, the day it was printed. */
  'form.footer': { number: string; today: string }
  /**
   * The page number in the printed page's margin; `page` and `pages` are stand-ins the page
   * replaces with its counters.
   */
  'form.pageCounter': { page: string; pages: string }

  // the values of the terms
  /** The payment method's name and the due date, or null: not agreed yet. */
  'form.paymentTerms': { method: string | null; due: string | null }
  'form.deposit': { pct: number; amount: Minor }
  /** A deposit in percent only (the quotation, before the contract). */
  'form.depositPercent': { pct: number }
  /** How the order came in: the channel's name and the source reference. */
  'form.sourceOf': { channel: string; ref: string | null }
  /** The delivery date promised (or not yet) and the one the customer asked for. */
  'form.deliveryTerms': { promised: string | null; requested: string | null }

  // banners with values
  'form.bannerLost': { reason: string | null }
  /** An order confirmation of an earlier contract. */
  'form.bannerConfirmationSuperseded': { by: string; number: string }
  /** An earlier contract. */
  'form.bannerContractSuperseded': { by: string }
  'form.bannerQuoteExpired': { validUntil: string }

  // notes with values
  'form.noteConfirmation': { contract: string; signed: string }
  'form.noteConfirmationAmended': { revision: number }
  'form.noteContractAmended': { signedRevision: number; revision: number }
  'form.noteContractSuperseded': { by: string }
  'form.noteRevisedOffer': { seq: number }

  // the quotation
  'form.validity': { days: number; checked: string }
  /** The manager's approval (with the reasons it needed one, in words). */
  'form.approvedBy': { who: string; date: string; reasons: string[] }
  'form.approvalPending': { reasons: string[] }
  'form.approvalRejectedBy': { who: string; date: string; reason: string }
  'form.approvalNotRequired': Record<string, never>
  /** The offer accepted: the contract and the day it was signed. */
  'form.acceptedBy': { contract: string; signed: string }
  /** The customer's box of an accepted offer. */
  'form.acceptedOn': { date: string }
  /** One line's supply and date when the lines differ (`1. NW-017: to be produced, by …`). */
  'form.lineDate': { no: number; sku: string; produced: boolean; date: string | null }

  // the sales order
  'form.supplyFromStock': { sku: string; qty: number }
  'form.supplyProduction': { sku: string; qty: number; number: string; mc: string; due: string }

  // the production order
  'form.productionRejected': { reason: string }
  'form.productionInProgress': { progress: number }
  'form.productionAccepted': { committed: string; done: string | null }
  'form.productionToAccept': Record<string, never>
  /** The order line a production order makes (`unit`: its name). */
  'form.orderLineSupply': { qty: number; unit: string; stock: number; shortfall: number }

  // the change form
  'form.customerCancels': Record<string, never>
  /** MC's decision (`agree`, `refuse`; another as it is), the new date and the reason. */
  'form.mcOpinion': { decision: string; date: string | null; reason: string | null }
  'form.mcToDecide': Record<string, never>
  /** The customer's decision: `accept`, `reject` (another as it is). */
  'form.customerDecisionValue': { decision: string }

  // the outbound slip
  /** What the order has paid of its total (`status`: the payment status's name). */
  'form.slipPaid': { paid: Minor; total: Minor; status: string }
  'form.unpaidApprovedBy': { who: string; reason: string }
  'form.deliveredOn': { date: string; late: boolean }
  /** The customer's box of a delivered slip. */
  'form.receivedOn': { date: string }

  // issue 19: approvals bind to what was approved
  /** The approval on a form (`approved`: form.approvedBy's words), when the form's total (`now`) is not the total the manager approved. */
  'form.approvedTotal': { approved: string; total: Minor; now: Minor }
  // issue 19: master (both parties' blocks with 签章 boxes, the contract's numbered terms)
  /** The title of a party's block at the foot of a contract or a sales order: 供方, 需方. */
  'form.partyTitle': { party: 'seller' | 'buyer' }
  /** A line's label in a party's block (a blank line to fill in by hand where the desk does not know it). */
  'form.partyField': { field: PartyField }
  /** The place in a party's block for its seal and signature (签章). */
  'form.partySeal': Record<string, never>
  /** The heading of the contract's terms (合同条款). */
  'form.clausesTitle': Record<string, never>
  /** A numbered clause's heading (`1. Quality 质量标准`, 一、质量标准). */
  'form.clause': { n: number; clause: ClauseKind }
  /** Between a clause's heading or a party's line label and its text (`: `, ：). */
  'form.labelSeparator': Record<string, never>
  // issue 19: issued documents
  /**
   * A form printed from the desk's current data, not from a stored copy: `draft`, a document
   * not issued yet (the inquiry, a quotation awaiting approval); `current`, an issued document
   * that has no stored copy (issued before migration 0013).
   */
  'form.recordNote': { record: 'draft' | 'current' }
  // issue 19: refundforms
  /** The title of a form's list of the order's payments and refunds, as they are on the date printed (a later fact, not the stored copy). */
  'form.paymentsTitle': { date: string }
  /** A column of that list. */
  'form.paymentColumn': { column: 'number' | 'date' | 'kind' | 'method' | 'amount' }
  /** What a payment line is: money received (`payment`) or paid back (`refund`); `voided`: struck out, not counted. */
  'form.paymentKind': { kind: string; voided: boolean }
  /** A payment line's method and bank reference (either may be missing). */
  'form.paymentMethodRef': { method: string | null; ref: string | null }
  /** The list when no payment was recorded yet. */
  'form.noPayments': Record<string, never>
  /** The sums under the list: received, refunded, net paid, and what is still due or due back. */
  'form.paymentSum': { sum: 'received' | 'refunded' | 'netPaid' | 'balanceDue' | 'refundDue' }
}
