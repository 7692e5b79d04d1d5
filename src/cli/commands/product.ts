import type { Command } from 'commander'
import { z, text, str, flag, wholeNumber, limit } from '../flags.js'
import { NotFoundError } from '../../domain/errors.js'
import { formatMoney, formatMoneyGrouped, parseMoney } from '../../domain/money.js'
import { addProduct } from '../../services/add-product.js'
import { findProduct, listProducts } from '../../read/master-data.js'
import type { Product } from '../../read/master-data.js'
import { keyValues, table } from '../../render/table.js'
import { serviceContext, withSession } from '../context.js'
import { validateOptions } from '../parse.js'
import { askInput, requireFlags } from '../prompts.js'

const addSchema = z.object({
  sku: text(32),
  name: text(120),
  price: str(),
  unit: z._default(z.string().check(z.trim(), z.minLength(1, 'must not be empty'), z.maxLength(12, 'at most 12 characters')), 'pcs'),
  leadDays: z._default(wholeNumber('must be a whole number of days'), 14),
  producible: flag(true),
})
const listSchema = z.object({ limit: limit(0) })

export function productJson(p: Product) {
  return {
    sku: p.sku,
    name: p.name,
    unit: p.unit,
    price: formatMoney(p.price),
    leadDays: p.lead_days,
    producible: p.producible === 1,
    onHand: p.on_hand,
    reserved: p.reserved,
    available: p.on_hand - p.reserved,
  }
}

/** `product add|list|show`. */
export function registerProduct(program: Command): void {
  const product = program.command('product').description('products (the catalogue)')

  product
    .command('add')
    .description('add a product')
    .option('--sku <sku>', 'product code')
    .option('--name <name>', 'product name')
    .option('--price <money>', 'list price, e.g. 12.50')
    .option('--unit <unit>', 'unit of quantity', 'pcs')
    .option('--lead-days <n>', 'days MC usually needs to make it', '14')
    .option('--not-producible', 'cannot be made (sold from stock only)')
    .action(async (raw: Record<string, unknown>, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(addSchema, { ...raw, producible: raw.producible !== false && !raw.notProducible })
        const missing = [...(opts.sku ? [] : ['--sku']), ...(opts.name ? [] : ['--name']), ...(opts.price ? [] : ['--price'])]
        requireFlags(s.interactive, missing)
        const ctx = await serviceContext(s)
        const sku = opts.sku ?? (await askInput('SKU'))
        const name = opts.name ?? (await askInput('Name'))
        const price = parseMoney(opts.price ?? (await askInput('List price')), 'price')
        const p = await addProduct(ctx, { sku, name, price, unit: opts.unit, leadDays: opts.leadDays, producible: opts.producible })
        s.out.result(productJson(p), () => '')
        s.out.done(`product ${p.sku} added: ${p.name} at ${formatMoneyGrouped(p.price)} per ${p.unit}`)
        s.out.next(`orderdesk stock receive --sku ${p.sku} --qty <n>`)
      }),
    )

  product
    .command('list')
    .description('list products with stock')
    .option('--limit <n>', 'at most n (0 = all)', '0')
    .action(async (raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const opts = validateOptions(listSchema, raw)
        const rows = await listProducts(s.store.db, { limit: opts.limit })
        s.out.result(rows.map(productJson), () =>
          table(
            ['SKU', 'Name', 'Unit', 'Price', 'Lead days', 'Available', 'Producible'],
            rows.map((p) => [p.sku, p.name, p.unit, formatMoneyGrouped(p.price), p.lead_days, p.on_hand - p.reserved, p.producible ? 'yes' : 'no']),
            { align: ['left', 'left', 'left', 'right', 'right', 'right', 'left'] },
          ),
        )
      }, { access: 'read' }),
    )

  product
    .command('show <sku>')
    .description('show one product')
    .action(async (sku: string, _raw: unknown, cmd: Command) =>
      withSession(cmd, async (s) => {
        const p = await findProduct(s.store.db, sku)
        if (!p) throw new NotFoundError('product', sku, 'see `orderdesk product list`')
        s.out.result(productJson(p), () =>
          keyValues([
            ['SKU', p.sku],
            ['Name', p.name],
            ['Unit', p.unit],
            ['Price', formatMoneyGrouped(p.price)],
            ['Lead days', String(p.lead_days)],
            ['Producible', p.producible ? 'yes' : 'no (stock only)'],
            ['On hand', String(p.on_hand)],
            ['Reserved', String(p.reserved)],
            ['Available', String(p.on_hand - p.reserved)],
          ]),
        )
      }, { access: 'read' }),
    )
}
