import type { Command } from 'commander'
import { flag, list, note, oneOf, revision, str, text, z } from '../flags.js'
import { CHANNELS, type Channel } from '../../domain/channels.js'
import { CancelledError, ValidationError } from '../../domain/errors.js'
import { parseDate } from '../../domain/dates.js'
import { parseItem, parseQty, type ItemSpec } from '../../domain/item-spec.js'
import { formatMoney, formatMoneyGrouped, lineAmount, parseMoney } from '../../domain/money.js'
import { dropInquiry } from '../../services/drop-inquiry.js'
import { newInquiry } from '../../services/new-inquiry.js'
import { findCustomer, searchCustomers } from '../../read/master-data.js'
import { findProduct, findProductsBySku, searchProducts } from '../../read/master-data.js'
import type { Product } from '../../read/master-data.js'
import { table } from '../../render/table.js'
import { serviceContext, withSession, type Session } from '../context.js'
import { orderResult, reloadOrder } from '../order-result.js'
import { collect, optionalDate, validateOptions } from '../parse.js'
import { askConfirm, askInput, askSearch, askSelect, requireFlags } from '../prompts.js'

const newSchema = z.object({
  customer: text(32),
  item: list(),
  requested: str(),
  channel: oneOf(CHANNELS),
  sourceRef: text(100),
  rush: flag(),
  note: note(500),
})
const dropSchema = z.object({ reason: note(200), revision: revision() })

/** `inquiry new|drop`: SPEC §1 step 1, the pre-order from the phone call. */
export function registerInquiry(program: Command): void {
  const inquiry = program.command('inquiry').description('pre-orders (inquiries) from customers')

  inquiry
    .command('new')
    .description('record a pre-order: customer, products and quantities, requested date, source')
    .option('--customer <code>', 'customer code')
    .option('--item <sku=qty[@price]>', 'a line (repeatable); price defaults to the list price', collect)
    .option('--requested <date>', 'requested delivery date (YYYY-MM-DD, or +N days)')
    .option('--channel <channel>', `how it came in: ${CHANNELS.join('|')} (default phone)`)
    .option('--source-ref <ref>', 'fax number or call-recording id')
    .option('--rush', 'rush order: jumps the production queue')
    .option('--note <text>', 'free text')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(newSchema, raw)
        const items = opts.item.map(parseItem)
        let requested = optionalDate(opts.requested, 'requested', s.today)
        const missing = [...(opts.customer ? [] : ['--customer']), ...(items.length ? [] : ['--item <sku>=<qty>'])]
        requireFlags(s.interactive, missing)
        const ctx = await serviceContext(s)
        let customer = opts.customer
        let channel: Channel = opts.channel ?? 'phone'
        let sourceRef = opts.sourceRef
        const guided = missing.length > 0
        if (customer !== undefined && !(await findCustomer(s.store.db, customer))) {
          throw new ValidationError('customer', customer, 'no such customer (see `orderdesk customer list`)')
        }
        if (!customer) customer = await pickCustomer(s)
        if (items.length === 0) items.push(...(await pickItems(s)))
        if (guided) {
          if (opts.requested === undefined) {
            const r = await askInput('Requested delivery date (YYYY-MM-DD, +N days, empty for none)', {
              validate: (v) => {
                if (!v.trim()) return true
                try {
                  return parseDate(v, 'requested', s.today) >= s.today ? true : `not before today (${s.today})`
                } catch {
                  return 'a date YYYY-MM-DD or +N'
                }
              },
            })
            requested = r.trim() ? parseDate(r, 'requested', s.today) : null
          }
          if (!opts.channel) {
            channel = await askSelect('Channel', CHANNELS.map((c) => ({ name: c, value: c })), 'phone')
          }
          if (opts.sourceRef === undefined) {
            sourceRef = (await askInput('Source reference (fax no. / recording id, empty for none)')).trim() || undefined
          }
        }
        if (s.interactive && !s.opts.yes) {
          const products = await findProductsBySku(s.store.db, items.map((i) => i.sku))
          s.out.show(linesTable(items, products))
          if (!(await askConfirm(`Record this inquiry for ${customer}?`, true))) throw new CancelledError()
        }
        const { number } = await newInquiry(ctx, {
          customer,
          items,
          requestedDate: requested,
          channel,
          sourceRef: sourceRef ?? null,
          rush: opts.rush,
          note: opts.note ?? null,
        })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg), () => (s.out.json ? '' : number))
        s.out.done(`inquiry ${number} recorded for ${agg.customer.code} (${agg.customer.name}), total ${formatMoneyGrouped(agg.order.total)}`)
        s.out.next(`orderdesk stock check ${number}`)
      }),
    )

  inquiry
    .command('drop <order>')
    .description('the customer declined: end the inquiry as lost')
    .option('--reason <text>', 'why (price, date, went elsewhere, ...)')
    .option('--revision <n>', 'refuse if the order has changed since this revision')
    .action(async (number: string, raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(dropSchema, raw)
        requireFlags(s.interactive, opts.reason ? [] : ['--reason'])
        const ctx = await serviceContext(s)
        const reason = opts.reason || (await askInput('Why did the customer decline?', { validate: (v) => (v.trim() ? true : 'say why') }))
        await dropInquiry(ctx, { number, reason, expectedRevision: opts.revision })
        const agg = await reloadOrder(s, number)
        s.out.result(await orderResult(s, agg), () => '')
        s.out.done(`order ${number} lost: ${reason}`)
      }),
    )
}

async function pickCustomer(s: Session): Promise<string> {
  return askSearch('Customer (type code or name)', async (term) =>
    (await searchCustomers(s.store.db, term, 15)).map((c) => ({
      name: `${c.code.padEnd(8)} ${c.name}`,
      value: c.code,
      description: [c.contact, c.phone].filter(Boolean).join(', '),
    })),
  )
}

const DONE = '\u0000done'

async function pickItems(s: Session): Promise<ItemSpec[]> {
  const items: ItemSpec[] = []
  const picked: Product[] = []
  for (;;) {
    const sku = await askSearch<string>(items.length ? 'Next product (or pick "done")' : 'Product (type sku or name)', async (term) => {
      const found = (await searchProducts(s.store.db, term, 12)).map((p) => ({
        name: `${p.sku.padEnd(8)} ${p.name}  ${formatMoneyGrouped(p.price)}/${p.unit}  (${p.on_hand - p.reserved} available)`,
        value: p.sku,
      }))
      return items.length ? [{ name: '✓ done — no more lines', value: DONE }, ...found] : found
    })
    if (sku === DONE) break
    const p = (await findProduct(s.store.db, sku))!
    const qty = parseQty(
      await askInput(`Quantity of ${p.sku} (${p.unit})`, {
        validate: (v) => {
          try {
            parseQty(v)
            return true
          } catch {
            return 'a positive whole number'
          }
        },
      }),
    )
    const priceText = await askInput(`Unit price for ${p.sku}`, {
      default: formatMoney(p.price),
      validate: (v) => {
        try {
          parseMoney(v, 'price')
          return true
        } catch (e) {
          return (e as Error).message
        }
      },
    })
    const price = parseMoney(priceText, 'price')
    items.push({ sku: p.sku, qty, price: price === p.price ? null : price })
    picked.push(p)
    s.out.show(linesTable(items, picked))
  }
  return items
}

function linesTable(items: ItemSpec[], products: Product[]): string {
  const bySku = new Map(products.map((p) => [p.sku, p]))
  let total = 0
  const rows = items.map((i, n) => {
    const p = bySku.get(i.sku)
    const price = i.price ?? p?.price ?? 0
    const amount = lineAmount(i.qty, price)
    total += amount
    return [n + 1, i.sku, p?.name ?? '?', i.qty, formatMoneyGrouped(price), formatMoneyGrouped(amount)]
  })
  rows.push(['', '', 'Total', '', '', formatMoneyGrouped(total)])
  return table(['#', 'SKU', 'Product', 'Qty', 'Price', 'Amount'], rows, { align: ['right', 'left', 'left', 'right', 'right', 'right'] })
}
