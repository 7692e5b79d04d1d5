import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { NotFoundError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { findProduct, masterHistory } from '../../../read/master-data.js'
import { historyJson, historyTable } from '../../../render/master-history-view.js'
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

/** Shows one product with its stock and its history (exit 3 for an unknown sku). */
export async function run(opts: Options, s: Session): Promise<void> {
  const p = await findProduct(s.store.db, opts.sku)
  if (!p) throw new NotFoundError('product', opts.sku, msg('master.seeProductList', {}))
  const history = await masterHistory(s.store.db, 'product', p.sku)
  s.out.result({ ...productJson(p), history: historyJson('product', history) }, () => (history.length ? `${productCard(p)}\n\n${historyTable('product', history)}` : productCard(p)))
}
