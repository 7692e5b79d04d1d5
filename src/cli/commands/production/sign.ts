import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { tr } from '../../../messages/index.js'
import { findProductionOrder } from '../../../read/production.js'
import { requireProductionStep } from '../../../services/production-guard.js'
import { signProduction } from '../../../services/sign-production.js'
import { action } from '../../action.js'
import { serviceContext, type Session } from '../../context.js'
import { z } from '../../flags.js'
import { described } from '../../help.js'
import { managerPin } from '../../manager-pin.js'
import { printStep } from './step-result.js'

export const schema = z.object({})
export type Options = Infer<typeof schema> & { mo: string }

/** `production sign <mo>`: a manager's sign-off (PIN) puts a production order in force. */
export function register(production: Command): void {
  const cmd = production.command('sign <mo>')
  described(cmd, 'production sign').action(action(schema, run))
}

/**
 * The manager signs a production order a change added or enlarged (生产命令单，经本部门经理签字后生效执行):
 * refused before the PIN is asked when it is not awaiting a signature; then it goes to MC.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  requireProductionStep(opts.mo, await findProductionOrder(s.store.db, opts.mo), 'sign')
  const pin = await managerPin(s, ctx)
  const r = await signProduction(ctx, { number: opts.mo, pin })
  await printStep(s, opts.mo, tr('production.signed', { number: opts.mo, by: ctx.actor.name, assignee: r.assignee }))
  s.out.next(tr('production.nextAcceptSigned', { number: opts.mo, assignee: r.assignee }))
}
