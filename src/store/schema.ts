import type { Generated, Insertable, Selectable, Updateable } from 'kysely'

/**
 * The typed database. Money columns are integer minor units; dates are `YYYY-MM-DD`
 * text; timestamps are ISO-8601 UTC text; booleans are 0/1 integers (portable to PostgreSQL
 * as smallint).
 */
export interface Database {
  users: UsersTable
  customers: CustomersTable
  products: ProductsTable
  stock_moves: StockMovesTable
  reservations: ReservationsTable
  orders: OrdersTable
  order_lines: OrderLinesTable
  documents: DocumentsTable
  events: EventsTable
  counters: CountersTable
  settings: SettingsTable
  payments: PaymentsTable
  returns: ReturnsTable
  production_orders: ProductionOrdersTable
  shipments: ShipmentsTable
  shipment_lines: ShipmentLinesTable
  invoices: InvoicesTable
  feedback: FeedbackTable
  complaints: ComplaintsTable
  change_requests: ChangeRequestsTable
  import_batches: ImportBatchesTable
  order_imports: OrderImportsTable
  // issue 19: countersign and attachments
  countersignatures: CountersignaturesTable
  attachments: AttachmentsTable
  attachment_content: AttachmentContentTable
  // issue 19: issued documents
  document_copies: DocumentCopiesTable
}

/** One run of the `import` command (not written by --dry-run). */
export interface ImportBatchesTable {
  id: Generated<number>
  /** orders | customers | products | stock */
  kind: string
  file: string
  format: string
  encoding: string
  /** running | done | failed | interrupted (stopped before its end: see services/import/recovery.ts) */
  status: string
  actor: string
  business_date: string
  started_at: string
  finished_at: string | null
  /** JSON of the run's summary. */
  summary: string | null
}

/** How an order came in from an import file: the run, the file line and the hash of its content there. */
export interface OrderImportsTable {
  order_id: number
  batch_id: number
  line: number
  content_hash: string
}

/** A customer change (SPEC §1 step 4) and, when production must change, its plan change form (生产计划变更单). */
export interface ChangeRequestsTable {
  id: Generated<number>
  number: string
  order_id: number
  /** offered | pending_mc | mc_agreed | applied | terminated */
  status: string
  /** JSON [{sku, qty, price?}]: the new quantity per sku (0 removes; a new sku adds a line). */
  items: string
  requested_date: string | null
  cancel: number
  channel: string
  source_ref: string | null
  note: string | null
  /** JSON of the evaluation (domain/change-plan.ts ChangePlan). */
  plan: string
  evaluated_revision: number
  /** The production plan change form's number when production must change. */
  form_number: string | null
  promised_from: string | null
  promised_to: string | null
  mc_decision: string | null
  mc_date: string | null
  mc_reason: string | null
  mc_by: string | null
  customer_decision: string | null
  customer_by: string | null
  revision_before: number | null
  revision_after: number | null
  created_by: string
  created_date: string
  created_at: string
  updated_at: string
  /** JSON ApprovalReason[]: why the new offer needs a new quotation approval (null or [] when it does not). */
  approval_reasons: Generated<string | null>
  /** The manager who approved the change's new offer, when, and the offer approved (JSON ApprovedOffer). */
  approved_by: Generated<string | null>
  approved_date: Generated<string | null>
  approved_offer: Generated<string | null>
  // issue 19: changereject
  /** The manager who rejected the change's new offer (the change ended), when, and why. */
  rejected_by: Generated<string | null>
  rejected_date: Generated<string | null>
  rejected_reason: Generated<string | null>
}

export interface UsersTable {
  id: Generated<number>
  name: string
  role: string
  full_name: string | null
  pin_hash: string | null
  created_at: string
}

export interface CustomersTable {
  id: Generated<number>
  code: string
  name: string
  contact: string | null
  phone: string | null
  address: string | null
  created_at: string
}

export interface ProductsTable {
  id: Generated<number>
  sku: string
  name: string
  unit: string
  /** List price, minor units. */
  price: number
  lead_days: number
  producible: number
  /** Kept in step with the sum of stock_moves. */
  on_hand: Generated<number>
  /** Kept in step with the sum of active reservations. */
  reserved: Generated<number>
  created_at: string
}

/** The stock ledger: every change of on-hand is a move. */
export interface StockMovesTable {
  id: Generated<number>
  product_id: number
  qty: number
  /** receive | adjust | produce | issue | produce_reversal (a wrong `production done` taken back) */
  kind: string
  order_id: number | null
  reason: string | null
  business_date: string
  at: string
  actor: string
}

export interface ReservationsTable {
  id: Generated<number>
  order_id: number
  line_id: number
  product_id: number
  qty: number
  /** active | released | issued */
  status: string
  created_at: string
}

export interface OrdersTable {
  id: Generated<number>
  number: string
  customer_id: number
  status: string
  revision: number
  channel: string
  source_ref: string | null
  rush: number
  note: string | null
  order_date: string
  requested_date: string | null
  promised_date: string | null
  /** Sum of line amounts, minor units. */
  total: number
  /** Sum of payments, minor units. */
  paid: Generated<number>
  payment_method: string | null
  payment_due: string | null
  deposit_pct: number | null
  lost_reason: string | null
  ext_ref: string | null
  created_by: string
  created_at: string
  updated_at: string
  /** Quotation approval: who approved which revision of the offer. */
  quote_approved_by: Generated<string | null>
  quote_approved_date: Generated<string | null>
  quote_approved_revision: Generated<number | null>
  quote_rejected_reason: Generated<string | null>
  quote_rejected_by: Generated<string | null>
  /** JSON ApprovedOffer (domain/quote-approval.ts): what the approval saw; null before migration 0014. */
  quote_approved_offer: Generated<string | null>
  /** 1 when MC committed a date later than the promised date. */
  at_risk: Generated<number>
  /** 1 when a production order was rejected and waits for the clerk. */
  production_issue: Generated<number>
  /** Sum of invoices, minor units. */
  invoiced: Generated<number>
  /** When the last goods arrived (order completed). */
  delivered_date: Generated<string | null>
  /** 1 delivered by the promised date, 0 late, null not yet delivered. */
  on_time: Generated<number | null>
  // issue 19: payments
  /** Sum of the refunds not voided (minor units); null when there never was one. `paid` is net of it. */
  refunded: Generated<number | null>
}

/** A shipment with its goods outbound slip (货物出库单). */
export interface ShipmentsTable {
  id: Generated<number>
  number: string
  order_id: number
  /** planned | sent | delivered */
  status: string
  ship_date: string
  carrier: string | null
  address: string | null
  tracking: string | null
  sent_date: string | null
  delivered_date: string | null
  on_time: number | null
  /** Set when a manager let it ship before full payment. */
  unpaid_reason: string | null
  unpaid_approved_by: string | null
  created_by: string
  created_at: string
  updated_at: string
}

export interface ShipmentLinesTable {
  id: Generated<number>
  shipment_id: number
  line_id: number
  product_id: number
  qty: number
}

export interface InvoicesTable {
  id: Generated<number>
  order_id: number
  number: string
  amount: number
  issued_date: string
  issued_by: string
  created_at: string
}

export interface FeedbackTable {
  id: Generated<number>
  order_id: number
  rating: number
  comment: string | null
  given_by: string
  given_date: string
  created_at: string
}

export interface ComplaintsTable {
  id: Generated<number>
  order_id: number
  text: string
  /** open | resolved */
  status: string
  opened_by: string
  opened_date: string
  resolution: string | null
  resolved_by: string | null
  resolved_date: string | null
  created_at: string
}

export interface PaymentsTable {
  id: Generated<number>
  order_id: number
  amount: number
  method: string | null
  ref: string | null
  paid_date: string
  recorded_by: string
  created_at: string
  // issue 19: payments
  /** `26-00001-PM1`: per order, in the order recorded. */
  number: string
  /** payment | refund (money back to the customer); `amount` is positive either way. */
  kind: Generated<string>
  /** Set when voided (a reversing entry: the row stays). */
  voided_at: string | null
  voided_date: string | null
  voided_by: string | null
  void_reason: string | null
}

/** Goods that came back after delivery (issue 19). */
export interface ReturnsTable {
  id: Generated<number>
  /** `26-00001-RT1` */
  number: string
  order_id: number
  line_id: number
  product_id: number
  qty: number
  reason: string
  /** stock | scrap */
  disposition: string
  /** refund | remake */
  outcome: string
  /** The goods' value given back (fen), for a refund; 0 for a remake. */
  amount: number
  production_order: string | null
  return_date: string
  received_by: string
  created_at: string
}

/** A production order (生产命令单) for one line's shortfall, dispatched to an MC user. */
export interface ProductionOrdersTable {
  id: Generated<number>
  number: string
  order_id: number
  line_id: number
  product_id: number
  qty: number
  /** Good quantity reported into the warehouse. */
  done_qty: Generated<number>
  /** Quantity rejected at quality control (stays open for rework). */
  rejected_qty: Generated<number>
  /** awaiting_signoff | dispatched | accepted | rejected | in_progress | done | cancelled */
  status: string
  assignee: string
  /** 1 for rush orders: they jump the queue. */
  priority: number
  due_date: string
  committed_date: string | null
  progress: Generated<number>
  reject_reason: string | null
  /** The manager who signed it (null while `awaiting_signoff`: nobody has yet). */
  signed_by: string | null
  /** When it went to MC: the day it was signed (for one awaiting sign-off, the day it was made). */
  dispatched_date: string
  rating: number | null
  rating_comment: string | null
  rated_by: string | null
  created_at: string
  updated_at: string
}

export interface OrderLinesTable {
  id: Generated<number>
  order_id: number
  line_no: number
  product_id: number
  qty: number
  unit_price: number
  /** Discount in basis points (1/100 %). */
  discount_bp: number
  amount: number
  /** stock | production, set by the stock check. */
  source: string | null
  stock_qty: Generated<number>
  shortfall: Generated<number>
  line_date: string | null
}

/** Every document of the procedure: contract, sales order, production order, ... */
export interface DocumentsTable {
  id: Generated<number>
  order_id: number
  kind: string
  number: string
  seq: number
  /** The order's revision when the document was issued. */
  revision: number
  status: string
  data: string
  created_by: string
  created_at: string
  signed_by: string | null
  signed_at: string | null
}

/**
 * An issued document as it was issued (issue 19 §1): the whole form as read at the step that
 * issued it (`content`, JSON), its SHA-256 (also in the issuing step's audit event). Written
 * once, never changed.
 */
export interface DocumentCopiesTable {
  id: Generated<number>
  order_id: number
  /** The form (`contract`, `outbound-slip`, ...). */
  form: string
  /** The document's number (`26-00001-CT2`). */
  number: string
  /** The order's revision the step made. */
  revision: number
  content: string
  sha256: string
  issued_by: string
  issued_at: string
  business_date: string
}

/** The append-only audit trail, hash-chained. */
export interface EventsTable {
  id: Generated<number>
  at: string
  business_date: string
  actor: string
  action: string
  entity: string
  ref: string
  order_id: number | null
  from_status: string | null
  to_status: string | null
  data: string | null
  /** JSON [[table, key, seal], ...]: the rows the event's transaction wrote, sealed at commit (see store/audit-seal.ts); null when none. */
  sealed: Generated<string | null>
  prev_hash: string
  hash: string
}

export interface CountersTable {
  key: string
  value: number
}

export interface SettingsTable {
  key: string
  value: string
}

export type User = Selectable<UsersTable>
export type Customer = Selectable<CustomersTable>
export type NewCustomer = Insertable<CustomersTable>
export type Product = Selectable<ProductsTable>
export type NewProduct = Insertable<ProductsTable>
export type OrderRow = Selectable<OrdersTable>
export type OrderUpdate = Updateable<OrdersTable>
export type OrderLineRow = Selectable<OrderLinesTable>
export type DocumentRow = Selectable<DocumentsTable>
export type DocumentCopyRow = Selectable<DocumentCopiesTable>
export type EventRow = Selectable<EventsTable>
export type PaymentRow = Selectable<PaymentsTable>
export type ReturnRow = Selectable<ReturnsTable>
export type ProductionOrderRow = Selectable<ProductionOrdersTable>
export type ShipmentRow = Selectable<ShipmentsTable>
export type InvoiceRow = Selectable<InvoicesTable>
export type FeedbackRow = Selectable<FeedbackTable>
export type ComplaintRow = Selectable<ComplaintsTable>
export type ChangeRequestRow = Selectable<ChangeRequestsTable>

// issue 19: countersign and attachments

/** The customer's returned signed copy (回签) of a contract or an order confirmation. */
export interface CountersignaturesTable {
  id: Generated<number>
  order_id: number
  /** contract | confirmation */
  kind: string
  /** The document countersigned (`26-00001-CT1`, `26-00001-OC1`): one first record each, later ones correct it. */
  document: string
  /** When the customer signed it (YYYY-MM-DD, as the copy says). */
  signed_date: string
  /** Where the returned copy is: a fax number, a scan's name, an attachment (`#2`). */
  ref: string
  recorded_by: string
  recorded_at: string
  // issue 19: records
  /** The record this one corrects (`countersign --correct`); null for the first record of the document. */
  supersedes: number | null
  /** Why it was corrected (with `supersedes`). */
  reason: string | null
}

/** A file kept with an order (fax scan, PDF, call recording): its metadata, sealed by the audit trail. */
export interface AttachmentsTable {
  id: Generated<number>
  order_id: number
  /** 1, 2, … within the order. */
  n: number
  /** The file's name as given (no folder), checked by the text rule. */
  name: string
  bytes: number
  /** SHA-256 of the content, hex: binds the (unsealed) bytes to this sealed row. */
  sha256: string
  added_by: string
  added_at: string
}

/** An attachment's bytes (blob on SQLite, bytea on PostgreSQL). Not sealed: bound by attachments.sha256. */
export interface AttachmentContentTable {
  attachment_id: number
  content: Buffer
}

export type CountersignatureRow = Selectable<CountersignaturesTable>
export type AttachmentRow = Selectable<AttachmentsTable>
