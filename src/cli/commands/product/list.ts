import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { listProducts } from '../../../read/master-data.js'
import { productJson, productTable } from '../../../render/product-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { limit, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ limit: limit(0) })
export type Options = Infer<typeof schema>

/** `product list [--limit n]`: a read. */
export function register(product: Command): void {
  const cmd = product.command('list').option('--limit <n>', '', '0')
  described(cmd, 'product list').action(action(schema, run, { access: 'read' }))
}

/** Lists the products with what is available of each. */
export async function run(opts: Options, s: Session): Promise<void> {
  const rows = await listProducts(s.store.db, { limit: opts.limit })
  s.out.result(rows.map(productJson), () => productTable(rows))
}
