import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { hashPin, PIN_RULE, validPin } from '../domain/pin.js'
import { appendEvent } from '../store/queries/events.js'
import { findUser } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { checkActorPin, requireManagerSignoff } from './manager-signoff.js'

export type PinChange = 'set' | 'reset' | 'changed'

/** Refuses (exit 4) a non-manager setting someone else's PIN: checked before anything is asked. */
export function maySetPin(ctx: ServiceContext, name: string): void {
  if (name !== ctx.actor.name) requirePermission(ctx, 'user.write', "setting another user's PIN")
}

/**
 * `user pin <name>`: sets a user's PIN.
 * - your own: with your current PIN (`pin`), counted toward the lock-out like a sign-off.
 *   Without a current PIN only a manager may set their own (a desk from before every manager
 *   had one); anyone else gets their first PIN from a manager.
 * - someone else's: a manager's sign-off (`pin` is the manager's), for a first PIN or a reset.
 * The lock-out of the user whose PIN is reset runs its course (a reset does not lift it).
 */
export async function setUserPin(ctx: ServiceContext, input: { name: string; newPin: string }, pin: string | null): Promise<{ user: User; change: PinChange }> {
  maySetPin(ctx, input.name)
  const self = input.name === ctx.actor.name
  if (!validPin(input.newPin)) throw new ValidationError('pin', '****', PIN_RULE)
  const target = await findUser(ctx.db, input.name)
  if (!target) throw new NotFoundError('user', input.name, 'see `orderdesk user list`')
  let change: PinChange
  if (self) {
    if (ctx.actor.pin_hash) {
      if (pin !== null && pin === input.newPin) throw new ValidationError('new PIN', '****', 'is the same as the current one')
      await checkActorPin(ctx, pin, { action: 'user pin', ref: input.name })
      change = 'changed'
    } else if (ctx.actor.role === 'manager') {
      change = 'set'
    } else {
      throw new RefusedError(`${input.name} has no PIN yet: a manager sets the first one (\`orderdesk user pin ${input.name} --as <manager>\`)`, 'no_pin', {
        user: input.name,
      })
    }
  } else {
    await requireManagerSignoff(ctx, pin, { action: 'user pin', ref: input.name })
    change = target.pin_hash ? 'reset' : 'set'
  }
  const pinHash = hashPin(input.newPin)
  return immediate(ctx.db, async (tx) => {
    const now = await findUser(tx, input.name)
    if (!now) throw new NotFoundError('user', input.name, 'see `orderdesk user list`')
    if (self && change === 'set' && now.pin_hash) throw new RefusedError(`${input.name} got a PIN meanwhile; change it with that one`, 'pin_changed')
    await tx.updateTable('users').set({ pin_hash: pinHash }).where('name', '=', input.name).execute()
    await appendEvent(tx, {
      at: ctx.now(),
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'user.pin',
      entity: 'user',
      ref: input.name,
      data: { change },
    })
    return { user: (await findUser(tx, input.name))!, change }
  })
}
