import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { listProducts } from '../../../read/master-data.js'
import { stockJson, stockTable } from '../../../render/stock-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { sku: string[] }

/** `stock show [sku...]`: a read. */
export function register(stock: Command): void {
  described(stock.command('show [sku...]'), 'stock show').action(action(schema, run, { access: 'read' }))
}

/** On hand, reserved and available of the products named (all without one); an unknown sku is exit 2. */
export async function run(opts: Options, s: Session): Promise<void> {
  const skus = opts.sku
  const rows = await listProducts(s.store.db, { skus, limit: 0 })
  const unknown = skus.filter((k) => !rows.some((p) => p.sku === k))
  if (unknown.length > 0) throw new ValidationError('sku', unknown[0], msg('master.noSuchProduct', {}))
  s.out.result(rows.map(stockJson), () => stockTable(rows))
}
