import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { parseMoney } from '../../../domain/money.js'
import { tr } from '../../../messages/index.js'
import { productJson } from '../../../render/product-view.js'
import { addProduct } from '../../../services/add-product.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { flag, str, text, wholeNumber, z } from '../../flags.js'
import { described } from '../../help.js'
import { requireFlags } from '../../prompts.js'

export const schema = z.object({
  sku: text(32),
  name: text(120),
  price: str(),
  unit: z._default(
    z.string().check(z.trim(), z.minLength(1, { error: () => tr('common.empty') }), z.maxLength(12, { error: () => tr('common.tooLong', { max: 12 }) })),
    'pcs',
  ),
  leadDays: z._default(wholeNumber(() => tr('master.leadDaysRule')), 14),
  notProducible: flag(),
})
export type Options = Infer<typeof schema>

/** `product add --sku --name --price`: master data (clerk, manager). */
export function register(product: Command): void {
  const cmd = product.command('add').option('--sku <sku>').option('--name <name>').option('--price <money>')
  cmd.option('--unit <unit>', '', 'pcs').option('--lead-days <n>', '', '14').option('--not-producible')
  described(cmd, 'product add').action(action(schema, run))
}

/** Adds a product; the sku, name and list price are asked on a terminal when not given. */
export async function run(opts: Options, s: Session): Promise<void> {
  requireFlags(s.interactive, [...(opts.sku ? [] : ['--sku']), ...(opts.name ? [] : ['--name']), ...(opts.price ? [] : ['--price'])])
  const ctx = await serviceContext(s)
  const sku = opts.sku ?? (await s.prompt.input(tr('master.promptSku')))
  const name = opts.name ?? (await s.prompt.input(tr('master.promptProductName')))
  const price = parseMoney(opts.price ?? (await s.prompt.input(tr('master.promptListPrice'))), 'price')
  const p = await addProduct(ctx, { sku, name, price, unit: opts.unit, leadDays: opts.leadDays, producible: !opts.notProducible })
  s.out.result(productJson(p), () => '')
  s.out.done(tr('master.productAdded', { sku: p.sku, name: p.name, price: p.price, unit: tr('name.unit', { unit: p.unit }) }))
  s.out.next(`orderdesk stock receive --sku ${p.sku} --qty <n>`)
}
