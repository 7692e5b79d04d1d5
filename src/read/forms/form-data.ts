import type { Kysely } from 'kysely'
import type { IsoDate } from '../../domain/dates.js'
import type { FormKind } from '../../domain/forms.js'
import type { Msg } from '../../domain/message.js'
import type { Minor } from '../../domain/money.js'
import type { TermKey } from '../../domain/settings.js'
import type { OrderAggregate } from '../../store/queries/orders.js'
import type { Database, PaymentRow } from '../../store/schema.js'

/**
 * What every printed form is read into: the parts all forms share (the order, the company,
 * who is who), the pieces their tables and signature boxes are made of, and the shape of a
 * form's reading (`FormReader`), which src/read/forms/registry.ts lists one a form.
 */
export interface CompanyInfo {
  name: string | null
  address: string | null
  phone: string | null
  taxId: string | null
  bank: string | null
  // issue 19: master (the seller's block, 供方)
  /** The bank account number (`company.account`); older desks may have it in `bank`. */
  account: string | null
  /** The legal or authorised representative (法定代表人/委托代理人). */
  representative: string | null
}

/** Who did something in the system, and on which business date. */
export interface Signed {
  by: string
  date: IsoDate
}

/** A line as a form prints it. */
export interface PrintLine {
  no: number
  sku: string
  name: string
  unit: string
  qty: number
  unitPrice: Minor
  discountBp: number
  amount: Minor
  source: string | null
  date: IsoDate | null
}

/** What every form has: its number, the order it belongs to, the company and the people. */
export interface FormBase {
  /** The printed document's own number. */
  number: string
  agg: OrderAggregate
  company: CompanyInfo
  /** User name → full name and role, for signature boxes. */
  people: Map<string, { fullName: string | null; role: string }>
  today: IsoDate
  /** Remarks for the person printing (stderr), e.g. which of several documents was taken. */
  remarks: Msg[]
  /** The contract's terms from the desk's settings (`terms.*`), null where unset. */
  contractTerms: Readonly<Record<TermKey, string | null>>
  // issue 19: issued documents
  /**
   * What the print is (set by loadForm): `issued`, the stored copy of the document as it was
   * issued; `draft`, a document not issued yet (an inquiry, a quotation awaiting approval),
   * from the desk's current data; `current`, a document issued without a stored copy (before
   * migration 0013), from the desk's current data. Unset while the form is
   * read to be stored.
   */
  record?: FormRecord
  /** The stored copy's SHA-256 (`issued` only). */
  sha256?: string | null
  /** The order's revision now (a stored copy shows the revision it was issued at). */
  currentRevision?: number
  // issue 19: refundforms
  /**
   * The order's payments and refunds as they are on the day printed (a later procedure fact:
   * never in the stored copy, so a reprint after a refund shows it and the copy's hash stays).
   */
  paymentsNow?: PaymentsAsOf
}

/** The order's payment rows (voided ones included) and its total, as of a date. */
export interface PaymentsAsOf {
  date: IsoDate
  /** The order's total on that date (0 once cancelled). */
  total: Minor
  payments: PaymentRow[]
}

/** What a printed form is: the stored copy of an issued document, a draft, or an issued document from current data. */
export type FormRecord = 'issued' | 'draft' | 'current'

/** One form as read: the shared parts and what its kind adds. */
export type FormOf<K extends FormKind, Extra> = FormBase & { form: K } & Extra

/** What a form's reading gets: the order found by the reference, and which document was asked for. */
export interface FormRequest {
  db: Kysely<Database>
  /** The reference as given (for "not found" messages). */
  ref: string
  agg: OrderAggregate
  base: FormBase
  settings: Map<string, string>
  /** The document number asked for (`26-00001-CT1`), or null: the order number was given (its latest document). */
  wanted: string | null
  /** The sequence of the number asked for (1 for `-CT1`), or null. */
  seq: number | null
}

/** How one form is read from the desk. */
export interface FormReader<F extends FormBase> {
  /** The prefix of its documents' numbers (`CT`), or null: the form is printed by the order number. */
  prefix: string | null
  /** Prefixes of other documents whose numbers also name this form (a change request names its change form). */
  alsoBy?: readonly string[]
  load(r: FormRequest): Promise<F>
  // issue 19: issued documents
  /** Whether the form as read is a draft, never issued (shows current data, is not stored): the inquiry, a quotation not yet sent. */
  draft?(f: F): boolean
  /**
   * The stored copy of an issued document with what the procedure has done to the document
   * since (later signatures, MC's progress, sending and delivery, supersession) taken from
   * its current reading `now`; what the document took from master data stays as issued.
   */
  since?(issued: F, now: F): F
}
