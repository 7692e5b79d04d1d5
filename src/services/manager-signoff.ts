import { MissingFlagsError, RefusedError } from '../domain/errors.js'
import { verifyPin } from '../domain/pin.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import type { ServiceContext } from './context.js'

/**
 * A sign-off (sales order, production orders, quotation approval) needs a manager; a
 * manager with a PIN must give it. A wrong PIN is refused (exit 4) and the attempt is
 * written to the audit trail — nothing else is.
 */
export async function requireManagerSignoff(
  ctx: ServiceContext,
  pin: string | null,
  what: { action: string; ref: string; orderId?: number },
): Promise<void> {
  if (ctx.actor.role !== 'manager') {
    throw new RefusedError(`${ctx.actor.name} is ${ctx.actor.role}; ${what.action} needs a manager's signature`, 'forbidden', {
      user: ctx.actor.name,
      role: ctx.actor.role,
    })
  }
  if (!ctx.actor.pin_hash) return
  if (pin === null) throw new MissingFlagsError([`ORDERDESK_PIN (${ctx.actor.name}'s PIN)`])
  if (verifyPin(pin, ctx.actor.pin_hash)) return
  await immediate(ctx.db, async (tx) => {
    await appendEvent(tx, {
      at: ctx.now(),
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'signoff.pin_failed',
      entity: 'user',
      ref: what.ref,
      orderId: what.orderId ?? null,
      data: { attempted: what.action },
    })
  })
  throw new RefusedError(`wrong PIN for ${ctx.actor.name}; nothing was signed`, 'wrong_pin')
}

/** Whether the acting manager must give a PIN (so the CLI knows to ask for one). */
export function needsPin(ctx: ServiceContext): boolean {
  return ctx.actor.role === 'manager' && ctx.actor.pin_hash !== null
}
