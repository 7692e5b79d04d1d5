import type { Kysely } from 'kysely'
import { addDays, type IsoDate } from '../domain/dates.js'
import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { lineAmount, type Minor } from '../domain/money.js'
import { DOCUMENT_KINDS } from '../domain/numbering.js'
import { loadOrder, type OrderAggregate } from '../store/queries/orders.js'
import type { ProductionOrderView } from '../store/queries/production.js'
import type { ShipmentView } from '../store/queries/shipments.js'
import { allSettings } from '../store/queries/settings.js'
import type { Database, DocumentRow, EventRow } from '../store/schema.js'
import { checkQuote, type QuoteCheck } from '../store/queries/quote-check.js'

/**
 * The read model behind `orderdesk print`: finds the document a `<ref>` names (its own
 * number, or the order number for the latest document of that kind) and gathers what its
 * paper form shows. A document that does not exist yet is refused (exit 4); an unknown
 * reference is not found (exit 3). Reads only; writes nothing.
 */
export const FORM_KINDS = [
  'inquiry',
  'quotation',
  'confirmation',
  'contract',
  'sales-order',
  'production-order',
  'change-form',
  'outbound-slip',
] as const
export type FormKind = (typeof FORM_KINDS)[number]

export function isFormKind(s: string): s is FormKind {
  return (FORM_KINDS as readonly string[]).includes(s)
}

/** The number prefix of each form's documents (quotations and confirmations are numbered here). */
const PREFIX: Record<FormKind, string | null> = {
  inquiry: null,
  quotation: 'QT',
  confirmation: 'OC',
  contract: DOCUMENT_KINDS.contract,
  'sales-order': DOCUMENT_KINDS.sales_order,
  'production-order': DOCUMENT_KINDS.production_order,
  'change-form': DOCUMENT_KINDS.change_form,
  'outbound-slip': DOCUMENT_KINDS.outbound_slip,
}

const A_FORM: Record<FormKind, string> = {
  inquiry: 'an inquiry',
  quotation: 'a quotation',
  confirmation: 'an order confirmation',
  contract: 'a contract',
  'sales-order': 'a sales order',
  'production-order': 'a production order',
  'change-form': 'a change form',
  'outbound-slip': 'an outbound slip',
}

export interface CompanyInfo {
  name: string | null
  address: string | null
  phone: string | null
  taxId: string | null
  bank: string | null
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

/** The contract as it stands: the current order when it is the latest contract, else its own snapshot. */
export interface ContractInfo {
  doc: DocumentRow
  /** The revision the printed content belongs to. */
  revision: number
  /** The order changed (e.g. an applied customer change) since this contract was signed. */
  amended: boolean
  supersededBy: string | null
  lines: PrintLine[]
  total: Minor
  promisedDate: IsoDate | null
  paymentMethod: string | null
  paymentDue: IsoDate | null
  depositPct: number | null
}

export interface QuotationInfo {
  /** 1 for the first offer, 2 after a re-check or re-price, ... */
  seq: number
  offered: Signed
  /** The stock check the offer rests on; validity counts from its date. */
  checked: Signed
  validityDays: number
  validUntil: IsoDate
  approval: QuoteCheck
  approved: Signed | null
  rejected: (Signed & { reason: string | null }) | null
  /** The contract the customer signed on this offer, if any. */
  accepted: DocumentRow | null
}

/** A production plan change form (生产计划变更单), from a customer change that production must absorb. */
export interface ChangeFormData {
  number: string
  /** The change request it belongs to. */
  change: string
  order: string
  status: string
  cancel: boolean
  lines: { sku: string; qtyFrom: number | null; qtyTo: number }[]
  dateFrom: IsoDate | null
  dateTo: IsoDate | null
  requestedDate: IsoDate | null
  reasons: string[]
  sourceRef: string | null
  note: string | null
  mcDecision: string | null
  mcDate: IsoDate | null
  mcReason: string | null
  customerDecision: string | null
  createdBy: string
  createdDate: IsoDate | null
  decidedBy: string | null
  decidedDate: IsoDate | null
}

interface FormBase {
  /** The printed document's own number. */
  number: string
  agg: OrderAggregate
  company: CompanyInfo
  /** User name → full name and role, for signature boxes. */
  people: Map<string, { fullName: string | null; role: string }>
  today: IsoDate
  /** Remarks for the person printing (stderr), e.g. which of several documents was taken. */
  remarks: string[]
}

export type LoadedForm =
  | (FormBase & { form: 'inquiry'; lines: PrintLine[] })
  | (FormBase & { form: 'quotation'; lines: PrintLine[]; quote: QuotationInfo })
  | (FormBase & { form: 'confirmation'; contract: ContractInfo })
  | (FormBase & { form: 'contract'; contract: ContractInfo; quoteApproved: Signed | null })
  | (FormBase & { form: 'sales-order'; salesOrder: DocumentRow; contract: ContractInfo | null; lines: PrintLine[] })
  | (FormBase & { form: 'production-order'; mo: ProductionOrderView; accepted: Signed | null; rejected: Signed | null; done: Signed | null })
  | (FormBase & { form: 'change-form'; change: ChangeFormData; lines: PrintLine[] })
  | (FormBase & { form: 'outbound-slip'; shipment: ShipmentView; lines: PrintLine[]; planned: Signed | null; sent: Signed | null; delivered: Signed | null })

const ORDER_RE = /^\d{2}-\d{5,}$/
const DOC_RE = /^(\d{2}-\d{5,})-([A-Z]{2})(\d+)$/

/** Splits a reference into the order number and, for a document number, its prefix and sequence. */
export function parseRef(ref: string): { order: string; prefix: string | null; seq: number | null } | null {
  const r = ref.trim().toUpperCase()
  if (ORDER_RE.test(r)) return { order: r, prefix: null, seq: null }
  const m = DOC_RE.exec(r)
  return m ? { order: m[1]!, prefix: m[2]!, seq: Number(m[3]) } : null
}

const FORM_OF_PREFIX: Record<string, FormKind> = Object.fromEntries(
  Object.entries(PREFIX).filter(([, p]) => p).map(([f, p]) => [p, f as FormKind]),
)

export async function loadForm(db: Kysely<Database>, form: FormKind, ref: string, today: IsoDate): Promise<LoadedForm> {
  const parsed = parseRef(ref)
  if (!parsed) throw new NotFoundError('document', ref, 'give an order number like 26-00001 or a document number like 26-00001-CT1')
  if (parsed.prefix) {
    const other = FORM_OF_PREFIX[parsed.prefix]
    const isChangeNumber = form === 'change-form' && parsed.prefix === DOCUMENT_KINDS.change_request
    if (other !== form && !isChangeNumber) {
      if (other) throw new ValidationError('ref', ref, `that is ${A_FORM[other]}, not ${A_FORM[form]}; print it with \`orderdesk print ${other} ${ref}\``)
      throw new NotFoundError('document', ref, 'give an order number like 26-00001 or a document number like 26-00001-CT1')
    }
  }
  const agg = await loadOrder(db, parsed.order)
  if (!agg) {
    if (parsed.prefix) throw new NotFoundError(form.replace('-', ' '), ref, `there is no order ${parsed.order}`)
    throw new NotFoundError('order', parsed.order, 'see `orderdesk order list`')
  }
  const settings = await allSettings(db)
  const users = await db.selectFrom('users').select(['name', 'full_name', 'role']).execute()
  const base: FormBase = {
    number: parsed.order,
    agg,
    company: {
      name: settings.get('company.name') ?? null,
      address: settings.get('company.address') ?? null,
      phone: settings.get('company.phone') ?? null,
      taxId: settings.get('company.taxId') ?? null,
      bank: settings.get('company.bank') ?? null,
    },
    people: new Map(users.map((u) => [u.name, { fullName: u.full_name, role: u.role }])),
    today,
    remarks: [],
  }
  const o = agg.order
  const wanted = parsed.prefix ? `${parsed.order}-${parsed.prefix}${parsed.seq}` : null

  switch (form) {
    case 'inquiry': {
      if (wanted) throw new NotFoundError('inquiry', ref, `the inquiry is printed by its order number, ${o.number}`)
      return { ...base, form, lines: currentLines(agg) }
    }
    case 'quotation': {
      const offers = agg.events.filter((e) => isOffer(e))
      if (offers.length === 0) {
        if (o.status === 'inquiry') throw notYet('quotation', o.number, o.status, `check stock first: \`orderdesk stock check ${o.number}\``)
        throw new RefusedError(
          `there is no quotation for order ${o.number}: it is ${o.status}${o.lost_reason ? ` (${o.lost_reason})` : ''} and was never offered`,
          'no_document',
          { order: o.number, status: o.status },
        )
      }
      const number = `${o.number}-QT${offers.length}`
      if (wanted && wanted !== number) throw superseded('quotation', ref, number)
      const checks = agg.events.filter((e) => e.action === 'stock.check' && eventData(e).outcome === 'offered')
      const check = checks.at(-1) ?? offers.at(-1)!
      const last = offers.at(-1)!
      const stored = settings.get('quote.validityDays')
      const validityDays = stored ? Number(stored) : 30
      const approveEvent = lastEvent(agg.events, 'quote.approve')
      const rejectEvent = lastEvent(agg.events, 'quote.reject')
      const contract = agg.documents.filter((d) => d.kind === 'contract').at(-1) ?? null
      return {
        ...base,
        form,
        number,
        lines: currentLines(agg),
        quote: {
          seq: offers.length,
          offered: signed(last),
          checked: signed(check),
          validityDays,
          validUntil: addDays(check.business_date, validityDays),
          approval: await checkQuote(db, o),
          approved: o.quote_approved_by ? { by: o.quote_approved_by, date: o.quote_approved_date ?? approveEvent?.business_date ?? '' } : null,
          rejected: o.quote_rejected_by
            ? { by: o.quote_rejected_by, date: rejectEvent?.business_date ?? '', reason: o.quote_rejected_reason }
            : null,
          accepted: contract,
        },
      }
    }
    case 'confirmation':
    case 'contract': {
      const contracts = agg.documents.filter((d) => d.kind === 'contract')
      if (contracts.length === 0) {
        throw notYet(form === 'contract' ? 'contract' : 'order confirmation', o.number, o.status, o.status === 'offered'
          ? `it is printed once the contract is signed: \`orderdesk contract sign ${o.number} --payment-method <m> --payment-due <date>\``
          : o.status === 'inquiry'
            ? `check stock and sign the contract first`
            : 'no contract was signed')
      }
      const contractNo = wanted && form === 'confirmation' ? `${o.number}-${DOCUMENT_KINDS.contract}${parsed.seq}` : wanted
      const doc = contractNo ? contracts.find((d) => d.number === contractNo) : contracts.at(-1)
      if (!doc) throw new NotFoundError(form === 'contract' ? 'contract' : 'order confirmation', ref, `order ${o.number} has ${contracts.map((d) => d.number).join(', ')}`)
      const contract = contractInfo(agg, doc, contracts.at(-1)!)
      if (form === 'confirmation') return { ...base, form, number: `${o.number}-OC${doc.seq}`, contract }
      const approved = o.quote_approved_by ? { by: o.quote_approved_by, date: o.quote_approved_date ?? '' } : null
      return { ...base, form, number: doc.number, contract, quoteApproved: approved }
    }
    case 'sales-order': {
      const sos = agg.documents.filter((d) => d.kind === 'sales_order')
      if (sos.length === 0) {
        throw notYet('sales order', o.number, o.status, o.status === 'contracted'
          ? `a manager signs it once the deposit has arrived: \`orderdesk order confirm ${o.number}\``
          : 'the sales order follows the signed contract and the payment')
      }
      const doc = wanted ? sos.find((d) => d.number === wanted) : sos.at(-1)
      if (!doc) throw new NotFoundError('sales order', ref, `order ${o.number} has ${sos.map((d) => d.number).join(', ')}`)
      const contracts = agg.documents.filter((d) => d.kind === 'contract')
      const contract = contracts.length ? contractInfo(agg, contracts.at(-1)!, contracts.at(-1)!) : null
      return { ...base, form, number: doc.number, salesOrder: doc, contract, lines: currentLines(agg) }
    }
    case 'production-order': {
      const mos = agg.productionOrders
      if (mos.length === 0) {
        const signedSo = agg.documents.some((d) => d.kind === 'sales_order')
        if (signedSo) {
          throw new RefusedError(`order ${o.number} has no production order: every line was supplied from stock`, 'no_document', { order: o.number, status: o.status })
        }
        throw notYet('production order', o.number, o.status, 'production orders are issued when a manager signs the sales order (`orderdesk order confirm`)')
      }
      const mo = wanted ? mos.find((m) => m.number === wanted) : mos.at(-1)
      if (!mo) throw new NotFoundError('production order', ref, `order ${o.number} has ${mos.map((m) => m.number).join(', ')}`)
      if (!wanted && mos.length > 1) {
        base.remarks.push(`order ${o.number} has ${mos.length} production orders; this is the latest, ${mo.number} (print the others by number: ${mos.slice(0, -1).map((m) => m.number).join(', ')})`)
      }
      const about = (action: string) => lastEvent(agg.events, action, mo.number)
      const accept = about('production.accept')
      const reject = about('production.reject')
      const done = mo.status === 'done' ? about('production.done') : undefined
      return {
        ...base,
        form,
        number: mo.number,
        mo,
        accepted: accept ? signed(accept) : null,
        rejected: reject && mo.status === 'rejected' ? signed(reject) : null,
        done: done ? signed(done) : null,
      }
    }
    case 'outbound-slip': {
      const slips = agg.shipments
      if (slips.length === 0) {
        throw notYet('outbound slip', o.number, o.status, o.status === 'ready'
          ? `agree the ship date and issue it: \`orderdesk ship ${o.number} --date <date>\``
          : 'the outbound slip is issued when the goods are in the warehouse and the payment is confirmed')
      }
      const sh = wanted ? slips.find((s) => s.number === wanted) : slips.at(-1)
      if (!sh) throw new NotFoundError('outbound slip', ref, `order ${o.number} has ${slips.map((s) => s.number).join(', ')}`)
      if (!wanted && slips.length > 1) {
        base.remarks.push(`order ${o.number} has ${slips.length} outbound slips; this is the latest, ${sh.number} (the others: ${slips.slice(0, -1).map((s) => s.number).join(', ')})`)
      }
      const byLine = new Map(agg.lines.map((l) => [l.id, l]))
      const lines: PrintLine[] = sh.lines.map((sl, i) => {
        const l = byLine.get(sl.lineId)
        const unitPrice = l?.unit_price ?? 0
        const discountBp = l?.discount_bp ?? 0
        return {
          no: i + 1,
          sku: sl.sku,
          name: sl.name,
          unit: sl.unit,
          qty: sl.qty,
          unitPrice,
          discountBp,
          amount: lineAmount(sl.qty, unitPrice, discountBp),
          source: l?.source ?? null,
          date: l?.line_date ?? null,
        }
      })
      const about = (action: string) => lastEvent(agg.events, action, sh.number)
      const plan = about('ship.plan')
      const send = about('ship.send')
      const deliver = about('ship.deliver')
      return {
        ...base,
        form,
        number: sh.number,
        shipment: sh,
        lines,
        planned: plan ? signed(plan) : { by: sh.created_by, date: sh.created_at.slice(0, 10) },
        sent: send ? signed(send) : null,
        delivered: deliver ? { by: deliver.actor, date: sh.delivered_date ?? deliver.business_date } : null,
      }
    }
    case 'change-form': {
      const forms = await changeForms(db, agg)
      const change = wanted ? forms.find((c) => c.number === wanted || c.change === wanted) : forms.at(-1)
      if (forms.length === 0) {
        throw new RefusedError(
          `no change form for order ${o.number} yet: a production plan change form is filled in when a customer change needs production to change (\`orderdesk change request ${o.number} ...\`)`,
          'no_document',
          { order: o.number, status: o.status },
        )
      }
      if (!change) {
        throw new NotFoundError('change form', ref, `order ${o.number} has ${forms.map((c) => c.number).join(', ')}`)
      }
      return { ...base, form, number: change.number, change, lines: currentLines(agg) }
    }
  }
}

function notYet(what: string, order: string, status: string, hint: string): RefusedError {
  return new RefusedError(`no ${what} for order ${order} yet: it is ${status}${hint ? `; ${hint}` : ''}`, 'no_document', { order, status })
}

function superseded(what: string, ref: string, current: string): NotFoundError {
  return new NotFoundError(what, ref, `only the current one, ${current}, can be printed`)
}

function eventData(e: EventRow): Record<string, unknown> {
  if (!e.data) return {}
  try {
    return JSON.parse(e.data) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** An offer to the customer: a stock check that offered a date, or a re-price of the offer. */
function isOffer(e: EventRow): boolean {
  return (e.action === 'stock.check' && eventData(e).outcome === 'offered') || e.action === 'quote.reprice'
}

function lastEvent(events: EventRow[], action: string, ref?: string): EventRow | undefined {
  return events.filter((e) => e.action === action && (ref === undefined || e.ref === ref)).at(-1)
}

function signed(e: EventRow): Signed {
  return { by: e.actor, date: e.business_date }
}

function currentLines(agg: OrderAggregate): PrintLine[] {
  return agg.lines
    .filter((l) => l.qty > 0)
    .map((l, i) => ({
      no: i + 1,
      sku: l.sku,
      name: l.name,
      unit: l.unit,
      qty: l.qty,
      unitPrice: l.unit_price,
      discountBp: l.discount_bp,
      amount: l.amount,
      source: l.source,
      date: l.line_date,
    }))
}

interface ContractSnapshot {
  total?: number
  promisedDate?: string | null
  paymentMethod?: string
  paymentDue?: string
  depositPct?: number
  lines?: { sku: string; qty: number; unitPrice: number; amount: number; source?: string | null }[]
}

/**
 * The latest contract prints the order as it stands (after an applied change: the new
 * revision, marked as amended); an earlier one prints what was signed.
 */
function contractInfo(agg: OrderAggregate, doc: DocumentRow, latest: DocumentRow): ContractInfo {
  const o = agg.order
  let snap: ContractSnapshot = {}
  try {
    snap = JSON.parse(doc.data) as ContractSnapshot
  } catch {
    snap = {}
  }
  const current = currentLines(agg)
  const snapLines = snap.lines ?? []
  const same =
    snap.total === o.total &&
    (snap.promisedDate ?? null) === o.promised_date &&
    snapLines.length === current.length &&
    snapLines.every((l, i) => l.sku === current[i]!.sku && l.qty === current[i]!.qty && l.unitPrice === current[i]!.unitPrice && l.amount === current[i]!.amount)
  if (doc.id === latest.id) {
    return {
      doc,
      revision: same ? doc.revision : o.revision,
      amended: !same,
      supersededBy: null,
      lines: current,
      total: o.total,
      promisedDate: o.promised_date,
      paymentMethod: o.payment_method ?? snap.paymentMethod ?? null,
      paymentDue: o.payment_due ?? snap.paymentDue ?? null,
      depositPct: o.deposit_pct ?? snap.depositPct ?? null,
    }
  }
  const bySku = new Map(agg.lines.map((l) => [l.sku, l]))
  return {
    doc,
    revision: doc.revision,
    amended: false,
    supersededBy: latest.number,
    lines: snapLines.map((l, i) => {
      const cur = bySku.get(l.sku)
      const bp = cur && lineAmount(l.qty, l.unitPrice, cur.discount_bp) === l.amount ? cur.discount_bp : 0
      return { no: i + 1, sku: l.sku, name: cur?.name ?? '', unit: cur?.unit ?? '', qty: l.qty, unitPrice: l.unitPrice, discountBp: bp, amount: l.amount, source: l.source ?? null, date: null }
    }),
    total: snap.total ?? 0,
    promisedDate: snap.promisedDate ?? null,
    paymentMethod: snap.paymentMethod ?? null,
    paymentDue: snap.paymentDue ?? null,
    depositPct: snap.depositPct ?? null,
  }
}

/**
 * The order's production plan change forms, from the customer changes (`change_requests`).
 * Reads the table without relying on its typed schema, and treats a database without it
 * (customer changes not yet built or migrated) as having none.
 */
async function changeForms(db: Kysely<Database>, agg: OrderAggregate): Promise<ChangeFormData[]> {
  const orderId = agg.order.id
  const order = agg.order.number
  let rows: Record<string, unknown>[]
  try {
    rows = await (db as unknown as Kysely<Record<string, Record<string, unknown>>>)
      .selectFrom('change_requests')
      .selectAll()
      .where('order_id', '=', orderId)
      .orderBy('id')
      .execute()
  } catch (e) {
    if (/no such table/i.test(String((e as Error)?.message))) return []
    throw e
  }
  const out: ChangeFormData[] = []
  for (const r of rows) {
    const str = (k: string) => (typeof r[k] === 'string' && r[k] !== '' ? (r[k] as string) : null)
    const formNumber = str('form_number')
    if (!formNumber) continue
    const plan = parseJson(r.plan) as { lines?: { sku?: string; from?: number; to?: number }[]; dateFrom?: string | null; dateTo?: string | null; reasons?: string[]; cancel?: boolean } | null
    const items = (parseJson(r.items) as { sku?: string; qty?: number }[] | null) ?? []
    const planLines = Array.isArray(plan?.lines) ? plan.lines : null
    const lines = planLines
      ? planLines.filter((l) => typeof l.sku === 'string').map((l) => ({ sku: l.sku!, qtyFrom: typeof l.from === 'number' ? l.from : null, qtyTo: Number(l.to ?? 0) }))
      : items.filter((i) => typeof i.sku === 'string').map((i) => ({ sku: i.sku!, qtyFrom: null, qtyTo: Number(i.qty ?? 0) }))
    const decided = lastEvent(agg.events, 'change.decide', str('number') ?? formNumber)
    out.push({
      number: formNumber,
      change: str('number') ?? formNumber,
      order,
      status: str('status') ?? '',
      cancel: Number(r.cancel ?? 0) === 1 || plan?.cancel === true,
      lines,
      dateFrom: str('promised_from') ?? plan?.dateFrom ?? null,
      dateTo: str('mc_date') ?? str('promised_to') ?? plan?.dateTo ?? null,
      requestedDate: str('requested_date'),
      reasons: Array.isArray(plan?.reasons) ? plan.reasons.filter((x) => typeof x === 'string') : [],
      sourceRef: str('source_ref'),
      note: str('note'),
      mcDecision: str('mc_decision'),
      mcDate: str('mc_date'),
      mcReason: str('mc_reason'),
      customerDecision: str('customer_decision'),
      createdBy: str('created_by') ?? '',
      createdDate: str('created_date') ?? str('created_at')?.slice(0, 10) ?? null,
      decidedBy: str('mc_by') ?? decided?.actor ?? null,
      decidedDate: decided?.business_date ?? null,
    })
  }
  return out
}

function parseJson(v: unknown): unknown {
  if (typeof v !== 'string') return null
  try {
    return JSON.parse(v)
  } catch {
    return null
  }
}
