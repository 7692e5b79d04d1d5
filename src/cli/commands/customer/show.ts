import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { NotFoundError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import { findCustomer, masterHistory } from '../../../read/master-data.js'
import { customerCard, customerJson } from '../../../render/customer-view.js'
import { historyJson, historyTable } from '../../../render/master-history-view.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { code: string }

/** `customer show <code>`: a read. */
export function register(customer: Command): void {
  described(customer.command('show <code>'), 'customer show').action(action(schema, run, { access: 'read' }))
}

/** Shows one customer and its history (exit 3 for an unknown code). */
export async function run(opts: Options, s: Session): Promise<void> {
  const c = await findCustomer(s.store.db, opts.code)
  if (!c) throw new NotFoundError('customer', opts.code, msg('master.seeCustomerList', {}))
  const history = await masterHistory(s.store.db, 'customer', c.code)
  s.out.result({ ...customerJson(c), history: historyJson('customer', history) }, () => (history.length ? `${customerCard(c)}\n\n${historyTable('customer', history)}` : customerCard(c)))
}
