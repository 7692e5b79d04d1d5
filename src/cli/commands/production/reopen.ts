import type { Command } from 'commander'
import type { infer as Infer } from 'zod/mini'
import { msg } from '../../../domain/message.js'
import { parseQty } from '../../../domain/item-spec.js'
import { tr } from '../../../messages/index.js'
import { findProductionOrder } from '../../../read/production.js'
import { findUser } from '../../../read/users.js'
import { requirePermission } from '../../../services/context.js'
import { requireProductionStep } from '../../../services/production-guard.js'
import { reopenProduction } from '../../../services/reopen-production.js'
import { action } from '../../action.js'
import { askFor } from '../../ask-for.js'
import { serviceContext, type Session } from '../../context.js'
import { note, str, z } from '../../flags.js'
import { described } from '../../help.js'
import { actorPin, requirePins } from '../../manager-pin.js'
import { printStep } from './step-result.js'

export const schema = z.object({ qty: str(), reason: note(200), manager: str() })
export type Options = Infer<typeof schema> & { mo: string }

/** `production reopen <mo> --qty --reason --manager`: MC takes back a wrong `production done`, a manager signing it off. */
export function register(production: Command): void {
  const cmd = production.command('reopen <mo>').option('--qty <n>').option('--reason <text>').option('--manager <user>')
  described(cmd, 'production reopen').action(action(schema, run))
}

/**
 * MC takes back goods wrongly reported done: they leave the warehouse again and the production
 * order is in progress. Who may run it and whether the production order has a completion to
 * take back are checked before anything is asked; the manager's PIN comes from ORDERDESK_PIN.
 */
export async function run(opts: Options, s: Session): Promise<void> {
  const ctx = await serviceContext(s)
  requirePermission(ctx, 'production.work', 'production.reopen')
  requireProductionStep(opts.mo, await findProductionOrder(s.store.db, opts.mo), 'reopen')
  const qtyText = opts.qty
  const qty = qtyText === undefined ? undefined : parseQty(qtyText, 'qty')
  const missing = [...(qtyText === undefined ? ['--qty'] : []), ...(opts.reason ? [] : ['--reason']), ...(opts.manager ? [] : ['--manager'])]
  const holds = msg('common.pinOf', { user: opts.manager ?? '<manager>' })
  requirePins(s, { current: holds }, missing)
  const n = qty ?? parseQty(await askFor(s, '--qty', tr('production.askReopenQty')), 'qty')
  const reason = opts.reason || (await askFor(s, '--reason', tr('production.askReopenReason'), { validate: (v) => (v.trim() ? true : tr('production.sayWhy')) }))
  const manager = opts.manager ?? (await askFor(s, '--manager', tr('production.askManager')))
  const signer = await findUser(s.store.db, manager)
  // the manager's PIN, asked only of a manager who has one (the use case refuses anyone else, saying why)
  const pin = signer?.role === 'manager' && signer.pin_hash ? await actorPin(s, signer, tr('common.pinFor', { user: manager })) : null
  const r = await reopenProduction(ctx, { number: opts.mo, qty: n, reason, manager, pin })
  await printStep(s, opts.mo, tr('production.reopened', { number: opts.mo, qty: r.qty, doneQty: r.doneQty, remaining: r.remaining, by: r.signedOffBy }), {
    reopened: r.qty,
    signedOffBy: r.signedOffBy,
  })
}
