import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { listComplaints } from '../../../read/after-sales.js'
import { complaintListText } from '../../../render/complaint-list.js'
import { complaintJson } from '../../../render/order-json.js'
import { action } from '../../action.js'
import type { Session } from '../../context.js'
import { flag, limit, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ open: flag(), limit: limit(0) })
export type Options = Infer<typeof schema>

/** `complaint list [--open]`. */
export function register(complaint: Command): void {
  const cmd = complaint.command('list').option('--open').option('--limit <n>', '', '0')
  described(cmd, 'complaint list').action(action(schema, run, { access: 'read' }))
}

/** The complaints, newest first (all, or only the open ones). */
export async function run(opts: Options, s: Session): Promise<void> {
  const rows = await listComplaints(s.store.db, { open: opts.open, limit: opts.limit })
  s.out.result(rows.map((c) => ({ ...complaintJson(c, c.order_number), customer: c.customer_code })), () => complaintListText(rows))
}
