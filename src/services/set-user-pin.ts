import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { hashPin, PIN_RULE, validPin } from '../domain/pin.js'
import { appendEvent } from '../store/queries/events.js'
import { findUser, signingManagerNames } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { Kysely } from 'kysely'
import type { Database, User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { checkActorPin, requireManagerSignoff } from './manager-signoff.js'

export type PinChange = 'set' | 'reset' | 'changed'

/**
 * Refuses (exit 4) a non-manager setting someone else's PIN, and a PIN-less user setting their
 * own first one where that is not theirs to do: checked before anything is asked.
 */
export async function maySetPin(ctx: ServiceContext, name: string): Promise<void> {
  if (name !== ctx.actor.name) requirePermission(ctx, 'user.write', "setting another user's PIN")
  else if (!ctx.actor.pin_hash) await mayBootstrapPin(ctx.db, ctx.actor)
}

/**
 * `user pin <name>`: sets a user's PIN.
 * - your own: with your current PIN (`pin`), counted toward the lock-out like a sign-off.
 *   A user without a PIN gets the first one from a manager who has one (`--as` proves nothing);
 *   only while no manager has a PIN (a desk from before every manager had one) may a PIN-less
 *   manager set their own, checked again under the write lock.
 * - someone else's: a manager's sign-off (`pin` is the manager's), for a first PIN or a reset.
 * The lock-out of the user whose PIN is reset runs its course (a reset does not lift it).
 */
export async function setUserPin(ctx: ServiceContext, input: { name: string; newPin: string }, pin: string | null): Promise<{ user: User; change: PinChange }> {
  await maySetPin(ctx, input.name)
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
    } else change = 'set' // the desk's first signing manager: maySetPin checked it
  } else {
    await requireManagerSignoff(ctx, pin, { action: 'user pin', ref: input.name })
    change = target.pin_hash ? 'reset' : 'set'
  }
  const pinHash = hashPin(input.newPin)
  return immediate(ctx.db, async (tx) => {
    const now = await findUser(tx, input.name)
    if (!now) throw new NotFoundError('user', input.name, 'see `orderdesk user list`')
    if (self && change === 'set' && now.pin_hash) throw new RefusedError(`${input.name} got a PIN meanwhile; change it with that one`, 'pin_changed')
    if (self && change === 'set') await mayBootstrapPin(tx, now)
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

/**
 * A user without a PIN setting their own first one: only a manager, and only while no manager
 * has a PIN (else that manager must vouch for them). Refuses (exit 4) naming who can set it.
 */
async function mayBootstrapPin(db: Kysely<Database>, user: User): Promise<void> {
  const signers = await signingManagerNames(db)
  if (signers.length) {
    const who = signers.length > 5 ? `${signers.slice(0, 5).join(', ')} and ${signers.length - 5} more` : signers.join(', ')
    throw new RefusedError(`${user.name} has no PIN yet: a manager with a PIN sets the first one (${who}): \`orderdesk user pin ${user.name} --as <manager>\``, 'no_pin', {
      user: user.name,
      managers: signers,
    })
  }
  if (user.role !== 'manager') {
    throw new RefusedError(
      `${user.name} has no PIN yet, and no manager has one: a manager first sets their own (\`orderdesk user pin <manager> --as <manager>\`), then ${user.name}'s`,
      'no_pin',
      { user: user.name, managers: [] },
    )
  }
}
