import { RefusedError, ValidationError } from './errors.js'
import type { IsoDate } from './dates.js'
import { msg, type Msg } from './message.js'
import { lineAmount, type Minor } from './money.js'
import type { ApprovedLine, PricedLine } from './quote-approval.js'

/**
 * SPEC §1 step 4 as a pure function: what a customer's change means for stock and
 * production. Stock absorbs it (4.1: back to the customer with a date), or production must
 * change (4.2: a plan change form goes to MC).
 *
 * Per line the supply is what is reserved for it plus what is still to be made for it.
 * An increase takes free stock first and asks production for the rest; a decrease cuts
 * production still to be made first, then releases reserved stock.
 *
 * @example
 * evaluateChange({ ...state, items: [{ sku: 'NW-011', qty: 8 }] })
 * // → { needsMc: false, lines: [{ sku: 'NW-011', from: 5, to: 8, reserve: 3, release: 0, produce: 0 }] }
 */
export interface ChangeLineState {
  lineId: number
  /** The line's number on the order (`order show`'s #, `--line <n>`). */
  lineNo: number
  sku: string
  qty: number
  unitPrice: Minor
  discountBp: number
  /** Stock reserved for the line now. */
  reserved: number
  /** Quantity on shipments (planned or sent). */
  shipped: number
  /** Still to be made for the line (open production orders, or the shortfall not yet dispatched). */
  openProduction: number
  /** When that production will be ready (committed or due date), if any. */
  readyBy: IsoDate | null
}

export interface ChangeProduct {
  sku: string
  producible: boolean
  listPrice: Minor
  /** Free stock: on hand − reserved. */
  available: number
}

export interface ChangeState {
  today: IsoDate
  promisedDate: IsoDate | null
  requestedDate: IsoDate | null
  /** Production orders exist (sales order signed): production changes need MC. */
  dispatched: boolean
  lines: ChangeLineState[]
  products: Record<string, ChangeProduct>
}

export interface ChangeRequestSpec {
  /**
   * What to change, a product (`--item sku=qty`) or, with `line`, one line of the order
   * (`--line n=qty`; its sku is the line's, resolved by `lineItems`).
   */
  items: ChangeItem[]
  date: IsoDate | null
  cancel: boolean
}

/** One item of a change: a product, or (with `line`) one line of the order by its number. */
export interface ChangeItem {
  sku: string
  qty: number
  price?: Minor | null
  line?: number | null
}

export interface PlanLine {
  sku: string
  /** null for a new line. */
  lineId: number | null
  /** The line's number on the order; null for a new line (and in plans stored before issue 19). */
  lineNo?: number | null
  from: number
  to: number
  unitPrice: Minor
  /** Free stock to reserve. */
  reserve: number
  /** Reserved stock to release back to free stock. */
  release: number
  /** Change in quantity to make (+ more, − less). */
  produce: number
}

/**
 * Why MC must be asked, as values (the catalogue words them: `change.reason`): more or less of a
 * product to make, a new product to make, production under way on a cancelled order, or a date
 * before production can finish.
 */
export type ChangeReason =
  | { kind: 'more' | 'less' | 'newProduct' | 'underWay'; sku: string; qty: number }
  | { kind: 'dateTooEarly'; date: IsoDate; ready: IsoDate }

export interface ChangePlan {
  lines: PlanLine[]
  cancel: boolean
  dateFrom: IsoDate | null
  dateTo: IsoDate | null
  needsMc: boolean
  /**
   * Why MC must be asked (empty when stock absorbs the change): messages (`change.reason`), so
   * that the plan stored with the change is worded in the language of whoever reads it.
   */
  reasons: Msg<'change.reason'>[]
  /** The new promised date when stock absorbs it; null when MC must give it. */
  promisedDate: IsoDate | null
  totalFrom: Minor
  totalTo: Minor
}

export function evaluateChange(state: ChangeState, req: ChangeRequestSpec): ChangePlan {
  const lines: PlanLine[] = []
  const reasons: Msg<'change.reason'>[] = []
  const free: Record<string, number> = Object.fromEntries(Object.entries(state.products).map(([k, p]) => [k, Math.max(0, p.available)]))
  const targets = changeTargets(state, req)

  for (const { line, sku, ...t } of targets) {
    const product = state.products[sku]
    if (!product) throw new ValidationError('item', sku, msg('change.noSuchProduct', {}))
    const from = line?.qty ?? 0
    const to = t.qty
    if (to === from && (t.price == null || t.price === line?.unitPrice)) continue
    if (line && to < line.shipped) {
      throw new RefusedError(msg('change.belowShipped', { sku, shipped: line.shipped }), 'below_shipped')
    }
    const pl: PlanLine = { sku, lineId: line?.lineId ?? null, lineNo: line?.lineNo ?? null, from, to, unitPrice: t.price ?? line?.unitPrice ?? product.listPrice, reserve: 0, release: 0, produce: 0 }
    if (to > from) {
      const extra = to - from
      const take = Math.min(free[sku] ?? 0, extra)
      free[sku] = (free[sku] ?? 0) - take
      pl.reserve = take
      pl.produce = extra - take
      if (pl.produce > 0) {
        if (!product.producible) {
          throw new RefusedError(msg('change.notProducible', { sku, available: take }), 'not_producible')
        }
        reasons.push(msg('change.reason', { kind: line ? 'more' : 'newProduct', sku, qty: pl.produce }))
      }
    } else if (to < from) {
      const cut = from - to
      const fromProduction = Math.min(line?.openProduction ?? 0, cut)
      pl.produce = -fromProduction
      pl.release = Math.min(line?.reserved ?? 0, cut - fromProduction)
      if (fromProduction > 0 && state.dispatched) {
        reasons.push(msg('change.reason', { kind: req.cancel ? 'underWay' : 'less', sku, qty: fromProduction }))
      }
    }
    lines.push(pl)
  }

  const dateTo = req.date
  if (dateTo) {
    // the latest date any production (existing, still needed) will be ready
    const readiness = state.lines
      .filter((l) => l.openProduction > 0 && l.readyBy)
      .filter((l) => {
        const pl = lines.find((x) => x.lineId === l.lineId)
        return !pl || pl.to > 0
      })
      .map((l) => l.readyBy!)
      .sort()
      .at(-1)
    if (dateTo < state.today) throw new ValidationError('date', dateTo, msg('change.dateBeforeToday', { today: state.today }))
    if (readiness && dateTo < readiness) reasons.push(msg('change.reason', { kind: 'dateTooEarly', date: dateTo, ready: readiness }))
  }

  if (lines.length === 0 && !dateTo && !req.cancel) throw new ValidationError('change', '', msg('change.changesNothing', {}))

  const totalFrom = state.lines.reduce((s, l) => s + lineAmount(l.qty, l.unitPrice, l.discountBp), 0)
  const totalTo = state.lines.reduce((s, l) => {
    const pl = lines.find((x) => x.lineId === l.lineId)
    return s + lineAmount(pl ? pl.to : l.qty, pl ? pl.unitPrice : l.unitPrice, l.discountBp)
  }, 0) + lines.filter((x) => x.lineId === null).reduce((s, x) => s + lineAmount(x.to, x.unitPrice), 0)

  const needsMc = reasons.length > 0
  let promisedDate: IsoDate | null = null
  if (!needsMc) promisedDate = dateTo ?? state.promisedDate ?? state.today
  return {
    lines,
    cancel: req.cancel,
    dateFrom: state.requestedDate,
    dateTo,
    needsMc,
    reasons,
    promisedDate,
    totalFrom,
    totalTo,
  }
}

/** What a change's items aim at: each a line of the order (or a product new to it), once. */
interface Target {
  line: ChangeLineState | undefined
  sku: string
  qty: number
  price?: Minor | null
}

/**
 * The lines a change aims at. A cancellation: every line, to 0. `--line n`: that line. A
 * product: its line — refused when the order has it on several lines (orders from before
 * issue 19 may), naming them, so that the clerk says which with `--line`; a product the order
 * has not is a new line. Each line may be aimed at once.
 */
function changeTargets(state: ChangeState, req: ChangeRequestSpec): Target[] {
  if (req.cancel) {
    if (req.items.length > 0 || req.date) throw new ValidationError('cancel', 'cancel', msg('change.cancelAlone', {}))
    return state.lines.map((l) => ({ line: l, sku: l.sku, qty: 0 }))
  }
  const targets: Target[] = []
  const aimed = new Set<number | string>()
  for (const it of req.items) {
    let line: ChangeLineState | undefined
    if (it.line != null) {
      line = state.lines.find((l) => l.lineNo === it.line)
      if (!line) throw new ValidationError('line', it.line, msg('lines.noSuchLine', { lines: state.lines.map((l) => l.lineNo) }))
    } else {
      const live = state.lines.filter((l) => l.sku === it.sku && l.qty > 0)
      if (live.length > 1) throw new ValidationError('item', it.sku, msg('lines.skuOnLines', { sku: it.sku, lines: live.map((l) => l.lineNo) }))
      line = live[0] ?? state.lines.find((l) => l.sku === it.sku)
    }
    const key = line ? line.lineId : `sku:${it.sku}`
    if (aimed.has(key)) {
      throw line && it.line != null
        ? new ValidationError('line', it.line, msg('lines.lineTwice', { line: line.lineNo }))
        : new ValidationError('item', it.sku, msg('change.itemTwice', {}))
    }
    aimed.add(key)
    targets.push({ line, sku: line?.sku ?? it.sku, qty: it.qty, price: it.price })
  }
  return targets
}

/**
 * `--line n=qty[@price]` as change items: each with its line's sku, refused (exit 2) for a
 * line number the order has not.
 */
export function lineItems(state: Pick<ChangeState, 'lines'>, lines: { line: number; qty: number; price: Minor | null }[]): ChangeItem[] {
  return lines.map((l) => {
    const line = state.lines.find((x) => x.lineNo === l.line)
    if (!line) throw new ValidationError('line', l.line, msg('lines.noSuchLine', { lines: state.lines.map((x) => x.lineNo) }))
    return { sku: line.sku, qty: l.qty, price: l.price, line: l.line }
  })
}

/** A plan line as a decision depends on it: the quantities and what stock and production do. */
export type PlanLineKey = Pick<PlanLine, 'sku' | 'from' | 'to' | 'reserve' | 'release' | 'produce'>

/**
 * How a plan made again differs from the one decided on (values; the catalogue words them as
 * `change.difference`): production must now change, or stock can now absorb it; the lines; the total.
 */
export type PlanDifference =
  | { kind: 'mcNow' | 'stockNow' }
  | { kind: 'lines'; was: PlanLineKey[]; now: PlanLineKey[] }
  | { kind: 'total'; from: Minor; to: Minor }

/** The parts of two plans that matter for a decision (to refuse one made on stale data). */
export function planDifferences(a: ChangePlan, b: ChangePlan): PlanDifference[] {
  const diffs: PlanDifference[] = []
  if (a.needsMc !== b.needsMc) diffs.push({ kind: b.needsMc ? 'mcNow' : 'stockNow' })
  const key = (l: PlanLine): PlanLineKey => ({ sku: l.sku, from: l.from, to: l.to, reserve: l.reserve, release: l.release, produce: l.produce })
  const same = (x: PlanLineKey[], y: PlanLineKey[]) => JSON.stringify(x) === JSON.stringify(y)
  const was = a.lines.map(key)
  const now = b.lines.map(key)
  if (!same(was, now)) diffs.push({ kind: 'lines', was, now })
  if (a.totalTo !== b.totalTo) diffs.push({ kind: 'total', from: a.totalTo, to: b.totalTo })
  return diffs
}

// issue 19: approvals bind to what was approved

/**
 * The offer a plan makes of the order: every line that keeps a quantity, at its price and
 * discount (what a manager approving the change sees), and the lines the change prices anew —
 * new lines, and lines whose price it changes (what the approval rule looks at).
 */
export function offerOf(state: ChangeState, plan: ChangePlan): { total: Minor; lines: ApprovedLine[]; priced: PricedLine[] } {
  const lines: ApprovedLine[] = []
  const priced: PricedLine[] = []
  const listPrice = (sku: string) => state.products[sku]?.listPrice ?? 0
  for (const l of state.lines) {
    const pl = plan.lines.find((x) => x.lineId === l.lineId)
    const qty = pl ? pl.to : l.qty
    if (qty <= 0) continue
    const unitPrice = pl ? pl.unitPrice : l.unitPrice
    lines.push({ sku: l.sku, unitPrice, discountBp: l.discountBp })
    if (pl && pl.unitPrice !== l.unitPrice) priced.push({ sku: l.sku, listPrice: listPrice(l.sku), unitPrice, discountBp: l.discountBp })
  }
  for (const pl of plan.lines.filter((x) => x.lineId === null && x.to > 0)) {
    lines.push({ sku: pl.sku, unitPrice: pl.unitPrice, discountBp: 0 })
    priced.push({ sku: pl.sku, listPrice: listPrice(pl.sku), unitPrice: pl.unitPrice, discountBp: 0 })
  }
  return { total: plan.totalTo, lines, priced }
}
