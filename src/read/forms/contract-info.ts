import type { IsoDate } from '../../domain/dates.js'
import { lineAmount, type Minor } from '../../domain/money.js'
import type { OrderAggregate } from '../../store/queries/orders.js'
import type { DocumentRow } from '../../store/schema.js'
import type { FormRequest, PrintLine } from './form-data.js'
import { currentLines } from './order-lines.js'
import { notYet, pickDocument } from './pick-document.js'

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

/** What a contract document stores of the order as signed. */
interface ContractSnapshot {
  total?: number
  promisedDate?: string | null
  paymentMethod?: string
  paymentDue?: string
  depositPct?: number
  lines?: { sku: string; qty: number; unitPrice: number; amount: number; source?: string | null }[]
}

/**
 * The contract a contract or an order confirmation prints: the one whose number is given
 * (`number`), else the latest. Refused before any contract was signed.
 */
export function pickContract(r: FormRequest, form: 'contract' | 'confirmation', number: string | null): ContractInfo {
  const o = r.agg.order
  const contracts = r.agg.documents.filter((d) => d.kind === 'contract')
  if (contracts.length === 0) {
    throw notYet(form, o, o.status === 'offered' ? 'signContract' : o.status === 'inquiry' ? 'checkAndSign' : 'noContract')
  }
  const doc = pickDocument(r, form === 'contract' ? 'contract' : 'order_confirmation', contracts, (d) => d.number === number)
  return contractInfo(r.agg, doc, contracts.at(-1)!)
}

/** The order's latest contract, or null before one was signed. */
export function latestContract(agg: OrderAggregate): ContractInfo | null {
  const latest = agg.documents.filter((d) => d.kind === 'contract').at(-1)
  return latest ? contractInfo(agg, latest, latest) : null
}

function parseSnapshot(doc: DocumentRow): ContractSnapshot {
  try {
    return JSON.parse(doc.data) as ContractSnapshot
  } catch {
    return {}
  }
}

/**
 * The latest contract prints the order as it stands (after an applied change: the new
 * revision, marked as amended); an earlier one prints what was signed.
 */
function contractInfo(agg: OrderAggregate, doc: DocumentRow, latest: DocumentRow): ContractInfo {
  const snap = parseSnapshot(doc)
  return doc.id === latest.id ? asItStands(agg, doc, snap) : asSigned(agg, doc, snap, latest)
}

/** The latest contract: the order now, amended when it differs from what was signed. */
function asItStands(agg: OrderAggregate, doc: DocumentRow, snap: ContractSnapshot): ContractInfo {
  const o = agg.order
  const current = currentLines(agg)
  const snapLines = snap.lines ?? []
  const same =
    snap.total === o.total &&
    (snap.promisedDate ?? null) === o.promised_date &&
    snapLines.length === current.length &&
    snapLines.every((l, i) => l.sku === current[i]!.sku && l.qty === current[i]!.qty && l.unitPrice === current[i]!.unitPrice && l.amount === current[i]!.amount)
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

/** An earlier contract: its snapshot, with names, units and discounts from the order's lines. */
function asSigned(agg: OrderAggregate, doc: DocumentRow, snap: ContractSnapshot, latest: DocumentRow): ContractInfo {
  const bySku = new Map(agg.lines.map((l) => [l.sku, l]))
  return {
    doc,
    revision: doc.revision,
    amended: false,
    supersededBy: latest.number,
    lines: (snap.lines ?? []).map((l, i) => {
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
