import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { openComplaint } from '../../../services/open-complaint.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { note, z } from '../../flags.js'
import { described } from '../../help.js'

export const schema = z.object({ text: note(1000) })
export type Options = Infer<typeof schema> & { order: string }

/** `complaint open <order> --text`. */
export function register(complaint: Command): void {
  const cmd = complaint.command('open <order>').option('--text <t>')
  described(cmd, 'complaint open').action(action(schema, run))
}

/** Records what the customer complains about; prints the complaint's number (to resolve it by). */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  const text = opts.text || (await askFor(s, '--text', tr('aftersales.askComplaint')))
  const r = await openComplaint(ctx, { number: opts.order, text })
  s.out.result({ id: r.id, order: opts.order, status: 'open', text }, () => String(r.id))
  s.out.done(tr('aftersales.opened', { id: r.id, order: opts.order }))
  s.out.next(`orderdesk complaint resolve ${r.id} --resolution <text>`)
}
