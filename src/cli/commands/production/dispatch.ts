import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { dispatchProduction } from '../../../services/dispatch-production.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { str, z } from '../../flags.js'
import { described } from '../../help.js'
import { printStep } from './step-result.js'

export const schema = z.object({ assign: str() })
export type Options = Infer<typeof schema> & { mo: string }

/** `production dispatch <mo> [--assign]`: the clerk gives rejected work to an MC user again. */
export function register(production: Command): void {
  const cmd = production.command('dispatch <mo>').option('--assign <user>')
  described(cmd, 'production dispatch').action(action(schema, run))
}

/** Re-dispatches a rejected production order to the MC user named, else the least-loaded other one. */
export async function run(opts: Options, s: Session): Promise<void> {
  const r = await dispatchProduction(await serviceContext(s), { number: opts.mo, assign: opts.assign })
  await printStep(s, opts.mo, tr('production.dispatched', { number: opts.mo, assignee: r.assignee }))
}
