import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { ValidationError } from '../../../domain/errors.js'
import { tr } from '../../../messages/index.js'
import { listChanges } from '../../../read/changes.js'
import { findOrderRow } from '../../../read/orders.js'
import { changeJson } from '../../../render/change-json.js'
import { changeListText } from '../../../render/change-list.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { flag, limit, str, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ order: str(), open: flag(), limit: limit(50) })
export type Options = Infer<typeof schema>

/** `change list [--order] [--open]`. */
export function register(change: Command): void {
  const cmd = change.command('list').option('--order <order>').option('--open').option('--limit <n>', '', '50')
  described(cmd, 'change list').action(action(schema, run, { access: 'read' }))
}

/** The changes, newest first: of one order, or only the open ones. */
export async function run(opts: Options, s: Session): Promise<void> {
  const orderId = opts.order ? await orderIdOf(s, opts.order) : undefined
  const rows = await listChanges(s.store.db, { orderId, statuses: opts.open ? ['offered', 'pending_mc', 'mc_agreed'] : undefined, limit: opts.limit })
  s.out.result(rows.map(changeJson), () => changeListText(rows))
}

/** `--order <number>`: the order must exist. */
async function orderIdOf(s: Session, number: string): Promise<number> {
  const o = await findOrderRow(s.store.db, number)
  if (!o) throw new ValidationError('--order', number, tr('change.noSuchOrder'))
  return o.id
}
