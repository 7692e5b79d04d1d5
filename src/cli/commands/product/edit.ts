import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { NotFoundError, ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { formatMoney, parseMoney } from '../../../domain/money.js'
import { tr } from '../../../messages/index.js'
import { findProduct } from '../../../read/master-data.js'
import { changesJson, fieldWord } from '../../../render/master-history-view.js'
import { productJson } from '../../../render/product-view.js'
import { editProduct, type EditProductInput } from '../../../services/edit-product.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, str, text, wholeNumber, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({
  name: text(120),
  price: str(),
  unit: z.optional(
    z.string().check(z.trim(), z.minLength(1, { error: () => tr('common.empty') }), z.maxLength(12, { error: () => tr('common.tooLong', { max: 12 }) })),
  ),
  leadDays: z.optional(wholeNumber(() => tr('master.leadDaysRule'))),
  producible: flag(),
  notProducible: flag(),
})
export type Options = Infer<typeof schema> & { sku: string }

const FLAGS = ['--name', '--price', '--unit', '--lead-days', '--producible', '--not-producible']

/** `product edit <sku> [--name] [--price] [--unit] [--lead-days] [--producible|--not-producible]`: master data (clerk, manager). */
export function register(product: Command): void {
  const cmd = product.command('edit <sku>').option('--name <name>').option('--price <money>')
  cmd.option('--unit <unit>').option('--lead-days <n>').option('--producible').option('--not-producible')
  described(cmd, 'product edit').action(action(schema, run))
}

/**
 * Changes the fields given; with none on a terminal, asks for each with the current value as
 * the default. The sku and the stock are not edited here.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  if (opts.producible && opts.notProducible) throw new ValidationError('producible', '--producible --not-producible', msg('master.producibleBoth', {}))
  const given = opts.name !== undefined || opts.price !== undefined || opts.unit !== undefined || opts.leadDays !== undefined || opts.producible || opts.notProducible
  requireFlags(s.interactive, given ? [] : [msg('master.anyOfFlags', { flags: FLAGS })])
  const ctx = await serviceContext(s)
  let input: EditProductInput = {
    sku: opts.sku,
    name: opts.name,
    price: opts.price === undefined ? undefined : parseMoney(opts.price, 'price'),
    unit: opts.unit,
    leadDays: opts.leadDays,
    producible: opts.producible ? true : opts.notProducible ? false : undefined,
  }
  if (!given) {
    const p = await findProduct(s.store.db, opts.sku)
    if (!p) throw new NotFoundError('product', opts.sku, msg('master.seeProductList', {}))
    const ask = (field: 'name' | 'unit' | 'leadDays', current: string) => s.prompt.input(tr('master.productField', { field }), { default: current })
    const name = await ask('name', p.name)
    const price = parseMoney(await s.prompt.input(tr('master.promptListPrice'), { default: formatMoney(p.price) }), 'price')
    const unit = await ask('unit', p.unit)
    const days = await ask('leadDays', String(p.lead_days))
    if (!/^\d+$/.test(days.trim())) throw new ValidationError('lead-days', days, msg('master.leadDaysRule', {}))
    const producible = await s.prompt.confirm(tr('master.promptProducible'), p.producible === 1)
    input = { sku: p.sku, name, price, unit, leadDays: Number(days.trim()), producible }
  }
  const r = await editProduct(ctx, input)
  const fields = Object.keys(r.changes)
  s.out.result({ ...productJson(r.product), changes: changesJson('product', r.changes) }, () => '')
  if (fields.length === 0) s.out.done(tr('master.nothingChanged', { entity: 'product', code: r.product.sku }))
  else s.out.done(tr('master.productEdited', { sku: r.product.sku, fields: fields.map((f) => fieldWord('product', f)) }))
}
