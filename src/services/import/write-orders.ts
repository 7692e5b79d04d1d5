import type { Kysely } from 'kysely'
import type { ImportOrder, ImportProblem } from '../../domain/import-order.js'
import type { OrdersSummary } from '../../domain/import-summary.js'
import { msg } from '../../domain/message.js'
import { isFree } from '../../domain/free-lines.js'
import { MAX_QTY } from '../../domain/import-fields.js'
import { formatMoney, lineAmount } from '../../domain/money.js'
import { mergeRepeated, type MergedLine } from '../../domain/repeated-lines.js'
import { orderCounterKey, orderNumber } from '../../domain/numbering.js'
import { findCustomersByCode, findExtRefs, findProductsBySkus, insertMany, reserveCounters, rowWriters, type ExistingExtRef, type RowWriter } from '../../store/import-writes.js'
import type { Database } from '../../store/schema.js'
import type { ServiceContext } from '../context.js'
import { inquiryEvent } from '../inquiry-event.js'
import type { AssembledOrder } from './assemble-orders.js'
import { BatchEvents } from './events.js'
import type { BatchRun, Taken } from './run.js'

/**
 * One batch of `import orders` against the desk: an ext_ref already there is a duplicate (the
 * same content) or a conflict (other content); each order's customer and products are looked
 * up and the order checked whole; unless the run only reads, the accepted orders are numbered
 * and written — rows through the bulk writer (store/import-writes.ts), one `inquiry.new` event
 * each — and customers the file names are created first (`--create-customers`).
 */
type Q = Kysely<Database>
type Pending = Taken<AssembledOrder>

interface Accepted {
  p: Pending
  total: number
  /** The order's lines as written: one per product (issue 19). */
  lines: WriteLine[]
  /** issue 19: records — the lines at no charge, each with its free_reason (audited like `--free --reason`). */
  free: { lineNo: number; sku: string; qty: number; reason: string }[]
}

/** A line as written: its product, quantity, price, discount and amount. */
interface WriteLine {
  productId: number
  qty: number
  unitPrice: number
  discountBp: number
  amount: number
  /** issue 19: records — the free_reason of a line at no charge. */
  freeReason: string | null
}

/** A customer the batch creates (`--create-customers`): its name and phone from the order's first row. */
interface NewCustomer {
  name: string
  phone: string | null
  line: number
}

const ORDER_COLUMNS = ['number', 'customer_id', 'status', 'revision', 'channel', 'source_ref', 'rush', 'note', 'order_date', 'requested_date', 'promised_date', 'total', 'ext_ref', 'created_by', 'created_at', 'updated_at']
const LINE_COLUMNS = ['order_id', 'line_no', 'product_id', 'qty', 'unit_price', 'discount_bp', 'amount']
const IMPORT_COLUMNS = ['order_id', 'batch_id', 'line', 'content_hash']

export class OrderWriter {
  // master data met so far (id -1: a customer this run would create)
  private readonly customers = new Map<string, number>()
  private readonly products = new Map<string, { id: number; price: number }>()
  private readonly writers: (q: Q) => Promise<RowWriter>

  constructor(
    private readonly ctx: ServiceContext,
    private readonly createCustomers: boolean,
  ) {
    this.writers = rowWriters(ctx.store, ['orders', 'order_lines'])
  }

  /** Checks a batch and (when `write`) writes it; gives the numbers of the orders written. */
  async batch(q: Q, batch: Pending[], write: boolean, run: BatchRun<OrdersSummary>): Promise<string[]> {
    const existing = await findExtRefs(q, batch.map((p) => p.value.order.extRef))
    await this.lookUp(q, batch)
    const create = new Map<string, NewCustomer>()
    const accepted: Accepted[] = []
    for (const p of batch) {
      if (this.known(p, existing, run)) continue
      const a = this.check(p, create, run)
      if (a) accepted.push(a)
    }
    if (!write) {
      this.countUnwritten(accepted, create, run.summary)
      return []
    }
    return this.write(q, accepted, create, run)
  }

  /** The batch's customers and products not met before. */
  private async lookUp(q: Q, batch: Pending[]): Promise<void> {
    const newCodes = [...new Set(batch.map((p) => p.value.order.customer))].filter((c) => !this.customers.has(c))
    for (const c of await findCustomersByCode(q, newCodes)) this.customers.set(c.code, c.id)
    const newSkus = [...new Set(batch.flatMap((p) => p.value.order.lines.map((l) => l.sku)))].filter((s) => !this.products.has(s))
    for (const p of await findProductsBySkus(q, newSkus)) this.products.set(p.sku, { id: p.id, price: p.price })
  }

  /** Whether the order's ext_ref is in the desk already: counted a duplicate, or a conflict. */
  private known(p: Pending, existing: Map<string, ExistingExtRef>, run: BatchRun<OrdersSummary>): boolean {
    const o = p.value.order
    const ex = existing.get(o.extRef)
    if (!ex) return false
    if (ex.contentHash === p.value.hash) run.summary.duplicates++
    else {
      const which = { ref: o.extRef, number: ex.number }
      const reason = ex.contentHash === null ? msg('import.extRefNotImported', which) : msg('import.extRefChanged', which)
      run.conflict({ ref: o.extRef, line: o.firstLine, number: ex.number, reason }, p.raw)
    }
    return true
  }

  /** The order as it would be written (its line amounts), or nothing: it was rejected. */
  private check(p: Pending, create: Map<string, NewCustomer>, run: BatchRun<OrdersSummary>): Accepted | null {
    const o = p.value.order
    const problems: ImportProblem[] = []
    const newCustomer = !this.customers.has(o.customer) && !create.has(o.customer)
    if (newCustomer && (!this.createCustomers || !o.customerName)) {
      const reason = this.createCustomers ? msg('import.noCustomerName', {}) : msg('import.noSuchCustomer', {})
      problems.push({ line: o.firstLine, column: 'customer', value: o.customer, reason })
    }
    const { lines, merged } = this.lines(o, problems)
    const total = lines.reduce((s, l) => s + l.amount, 0)
    if (!Number.isSafeInteger(total)) problems.push({ line: o.firstLine, column: 'qty', value: '', reason: msg('import.orderTooLarge', {}) })
    if (problems.length > 0) {
      run.reject(o.extRef, o.lines.length ? o.lines.map((l) => l.line) : [o.firstLine], problems, p.raw)
      return null
    }
    if (newCustomer) create.set(o.customer, { name: o.customerName!, phone: o.phone, line: o.firstLine })
    for (const m of merged) run.summary.merged.add({ ref: o.extRef, sku: m.sku, lines: m.entries.map((i) => o.lines[i]!.line), qty: m.qty })
    const free = lines.flatMap((l, i) => (l.freeReason !== null && isFree(l) ? [{ lineNo: i + 1, sku: l.sku, qty: l.qty, reason: l.freeReason }] : []))
    return { p, total, lines, free }
  }

  /**
   * The order's lines at their prices (else the product's list price), one per product: rows
   * of the same product are merged (issue 19), at another price they are a problem, as are a
   * row without its product and a zero price without a free_reason (issue 19: with one, the line is free).
   */
  private lines(o: ImportOrder, problems: ImportProblem[]): { lines: (WriteLine & { sku: string })[]; merged: MergedLine[] } {
    const entries: (WriteLine & { sku: string; line: number })[] = []
    for (const l of o.lines) {
      const prod = this.products.get(l.sku)
      if (!prod) {
        problems.push({ line: l.line, column: 'sku', value: l.sku, reason: msg('import.noSuchProduct', {}) })
        continue
      }
      const unitPrice = l.unitPrice ?? prod.price
      const free = isFree({ unitPrice, discountBp: l.discountBp })
      // issue 19: records — a zero price is a free line when its free_reason says why; else refused, naming the column
      if (free && l.freeReason === null) {
        const column = l.discountBp >= 10000 ? 'discount' : 'unit_price'
        problems.push({ line: l.line, column, value: column === 'discount' ? String(l.discountBp / 10000) : l.unitPrice === null ? '' : formatMoney(unitPrice), reason: msg('lines.importZeroPrice', {}) })
      }
      if (!free && l.freeReason !== null) problems.push({ line: l.line, column: 'free_reason', value: l.freeReason, reason: msg('lines.importFreeReasonPriced', {}) })
      entries.push({ sku: l.sku, line: l.line, productId: prod.id, qty: l.qty, unitPrice, discountBp: l.discountBp, amount: 0, freeReason: l.freeReason })
    }
    const { lines, merged, clashes } = mergeRepeated(entries)
    for (const c of clashes) {
      const prices = { first: { unitPrice: c.first.unitPrice, discountBp: c.first.discountBp }, other: { unitPrice: c.other.unitPrice, discountBp: c.other.discountBp } }
      problems.push({ line: c.other.line, column: 'unit_price', value: formatMoney(c.other.unitPrice), reason: msg('lines.importPriceClash', { line: c.first.line, ...prices }) })
    }
    for (const l of lines) {
      if (l.qty > MAX_QTY) problems.push({ line: l.line, column: 'qty', value: String(l.qty), reason: msg('import.qtyTooLarge', { max: MAX_QTY }) })
      l.amount = lineAmount(l.qty, l.unitPrice, l.discountBp)
    }
    return { lines, merged }
  }

  /** A dry run (or a failed --strict run) counts what it would have written. */
  private countUnwritten(accepted: Accepted[], create: Map<string, NewCustomer>, s: OrdersSummary): void {
    for (const [code] of create) this.customers.set(code, -1)
    s.written.customersCreated += create.size
    for (const a of accepted) {
      s.written.ordersImported++
      s.written.linesImported += a.lines.length
      s.written.total += a.total
    }
  }

  private async write(q: Q, accepted: Accepted[], create: Map<string, NewCustomer>, run: BatchRun<OrdersSummary>): Promise<string[]> {
    const at = this.ctx.now()
    const writer = await this.writers(q)
    const events = await BatchEvents.start(q, this.ctx, at, writer)
    if (create.size > 0) await this.addCustomers(q, create, at, events, run)
    const numbers = await this.number(q, accepted)
    accepted.forEach((a, i) => this.insertOrder(writer, events, a, numbers[i]!, at, run))
    await writer.flush()
    return numbers
  }

  private async addCustomers(q: Q, create: Map<string, NewCustomer>, at: string, events: BatchEvents, run: BatchRun<OrdersSummary>): Promise<void> {
    const rows = [...create].map(([code, c]) => [code, c.name, null, c.phone, null, at])
    const created = await insertMany(q, 'customers', ['code', 'name', 'contact', 'phone', 'address', 'created_at'], rows, ['id', 'code'])
    for (const r of created) this.customers.set(String(r.code), Number(r.id))
    for (const [code, c] of create) events.add({ action: 'customer.add', entity: 'customer', ref: code, data: { name: c.name, import: run.source(c.line) } })
    run.summary.written.customersCreated += create.size
  }

  /** The accepted orders' numbers, reserved a batch at a time from each order date's sequence. */
  private async number(q: Q, accepted: Accepted[]): Promise<string[]> {
    const needs = new Map<string, number>()
    for (const a of accepted) {
      const key = orderCounterKey(a.p.value.order.orderDate)
      needs.set(key, (needs.get(key) ?? 0) + 1)
    }
    const next = await reserveCounters(q, needs)
    return accepted.map((a) => {
      const date = a.p.value.order.orderDate
      const key = orderCounterKey(date)
      const seq = next.get(key)!
      next.set(key, seq + 1)
      return orderNumber(date, seq)
    })
  }

  /** One order: its row, its lines, its import record and its `inquiry.new` event. */
  private insertOrder(writer: RowWriter, events: BatchEvents, a: Accepted, number: string, at: string, run: BatchRun<OrdersSummary>): void {
    const { p, total } = a
    const o = p.value.order
    const { lines } = a
    const id = writer.insert('orders', ORDER_COLUMNS, [
      number, this.customers.get(o.customer)!, 'inquiry', 1, o.channel, o.sourceRef, 0, o.note, o.orderDate, o.requestedDate, null, total, o.extRef, this.ctx.actor.name, at, at,
    ])
    lines.forEach((l, i) => writer.insert('order_lines', LINE_COLUMNS, [id, i + 1, l.productId, l.qty, l.unitPrice, l.discountBp, l.amount]))
    writer.insert('order_imports', IMPORT_COLUMNS, [id, run.batchId, o.firstLine, p.value.hash])
    // lean: the order row has the rest; millions of these go into the audit trail
    // issue 19: records — free lines are audited as `inquiry new --free --reason` records them (each line with its own reason)
    const free = a.free.length ? { free: { lines: a.free.map(({ lineNo, sku, qty, reason }) => ({ lineNo, sku, qty, reason })), reason: [...new Set(a.free.map((f) => f.reason))].join('; ') } } : {}
    events.add(inquiryEvent(number, id, { customer: o.customer, total, lines: lines.length, extRef: o.extRef, import: run.source(o.firstLine), ...free }))
    const w = run.summary.written
    w.ordersImported++
    w.linesImported += lines.length
    w.total += total
    w.firstNumber ??= number
    w.lastNumber = number
  }
}
