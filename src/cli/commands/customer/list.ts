import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { listCustomers } from '../../../read/master-data.js'
import { customerJson, customerTable } from '../../../render/customer-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { limit, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ limit: limit(0) })
export type Options = Infer<typeof schema>

/** `customer list [--limit n]`: a read. */
export function register(customer: Command): void {
  const cmd = customer.command('list').option('--limit <n>', '', '0')
  described(cmd, 'customer list').action(action(schema, run, { access: 'read' }))
}

/** Lists the customers (all by default). */
export async function run(opts: Options, s: Session): Promise<void> {
  const rows = await listCustomers(s.store.db, opts.limit)
  s.out.result(rows.map(customerJson), () => customerTable(rows))
}
