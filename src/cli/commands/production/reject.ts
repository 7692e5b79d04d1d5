import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { rejectProduction } from '../../../services/reject-production.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { note, z } from '../../flags.js'
import { described } from '../../help.js'
import { printStep } from './step-result.js'

export const schema = z.object({ reason: note(200) })
export type Options = Infer<typeof schema> & { mo: string }

/** `production reject <mo> --reason`: MC cannot make it as ordered. */
export function register(production: Command): void {
  const cmd = production.command('reject <mo>').option('--reason <text>')
  described(cmd, 'production reject').action(action(schema, run))
}

/** MC rejects a production order, saying why; it goes back to the clerk to dispatch again. */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  const reason = opts.reason || (await askFor(s, '--reason', tr('production.askReason'), { validate: (v) => (v.trim() ? true : tr('production.sayWhy')) }))
  await rejectProduction(ctx, { number: opts.mo, reason })
  await printStep(s, opts.mo, tr('production.rejected', { number: opts.mo, reason }))
  s.out.next(tr('production.nextDispatch', { number: opts.mo }))
}
