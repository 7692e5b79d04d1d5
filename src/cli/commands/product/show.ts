import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { NotFoundError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { findProduct } from '../../../read/master-data.js'
import { productCard, productJson } from '../../../render/product-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { sku: string }

/** `product show <sku>`: a read. */
export function register(product: Command): void {
  described(product.command('show <sku>'), 'product show').action(action(schema, run, { access: 'read' }))
}

/** Shows one product with its stock (exit 3 for an unknown sku). */
export async function run(opts: Options, s: Session): Promise<void> {
  const p = await findProduct(s.store.db, opts.sku)
  if (!p) throw new NotFoundError('product', opts.sku, msg('common.see', { command: 'orderdesk product list' }))
  s.out.result(productJson(p), () => productCard(p))
}
