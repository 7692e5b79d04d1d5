import { NotFoundError, RefusedError, ValidationError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { hashPin, PIN_MAX, PIN_MIN, validPin } from '../domain/pin.js'
import { findUser, setPinHash, signingManagerNames } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { Kysely } from 'kysely'
import type { Database, User } from '../store/schema.js'
import { requirePermission, type ServiceContext } from './context.js'
import { checkActorPin, requireManagerSignoff } from './manager-signoff.js'
import { recordEvent } from './record-step.js'

export type PinChange = 'set' | 'reset' | 'changed'

/**
 * Refuses (exit 4) a non-manager setting someone else's PIN, and a PIN-less user setting their
 * own first one where that is not theirs to do: checked before anything is asked.
 */
export async function maySetPin(ctx: ServiceContext, name: string): Promise<void> {
  if (name !== ctx.actor.name) requirePermission(ctx, 'user.write', 'user.setOthersPin')
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
  if (!validPin(input.newPin)) throw new ValidationError('pin', '****', msg('user.pinRule', { min: PIN_MIN, max: PIN_MAX }))
  const target = await findUser(ctx.db, input.name)
  if (!target) throw new NotFoundError('user', input.name, msg('user.seeList', {}))
  const change = self ? await proveOwnPin(ctx, input, pin) : await signOffPinOf(ctx, target, pin)
  const pinHash = hashPin(input.newPin)
  return immediate(ctx.db, async (tx) => {
    const now = await findUser(tx, input.name)
    if (!now) throw new NotFoundError('user', input.name, msg('user.seeList', {}))
    if (self && change === 'set' && now.pin_hash) throw new RefusedError(msg('user.pinSetMeanwhile', { user: input.name }), 'pin_changed')
    if (self && change === 'set') await mayBootstrapPin(tx, now)
    await setPinHash(tx, input.name, pinHash)
    await recordEvent(tx, ctx, ctx.now(), { action: 'user.pin', entity: 'user', ref: input.name, data: { change } })
    return { user: (await findUser(tx, input.name))!, change }
  })
}

/** Your own PIN: changed with the current one (checked like a sign-off), or the desk's first signing manager's first. */
async function proveOwnPin(ctx: ServiceContext, input: { name: string; newPin: string }, pin: string | null): Promise<PinChange> {
  if (!ctx.actor.pin_hash) return 'set' // the desk's first signing manager: maySetPin checked it
  if (pin !== null && pin === input.newPin) throw new ValidationError('new PIN', '****', msg('user.samePin', {}))
  await checkActorPin(ctx, pin, { action: 'user pin', ref: input.name })
  return 'changed'
}

/** Someone else's PIN: a manager's sign-off, for their first PIN or a reset. */
async function signOffPinOf(ctx: ServiceContext, target: User, pin: string | null): Promise<PinChange> {
  await requireManagerSignoff(ctx, pin, { action: 'user pin', ref: target.name })
  return target.pin_hash ? 'reset' : 'set'
}

/**
 * A user without a PIN setting their own first one: only a manager, and only while no manager
 * has a PIN (else that manager must vouch for them). Refuses (exit 4) naming who can set it.
 */
async function mayBootstrapPin(db: Kysely<Database>, user: User): Promise<void> {
  const signers = await signingManagerNames(db)
  if (signers.length) {
    throw new RefusedError(msg('user.firstPinByManager', { user: user.name, managers: signers }), 'no_pin', { user: user.name, managers: signers })
  }
  if (user.role !== 'manager') {
    throw new RefusedError(msg('user.noManagerHasPin', { user: user.name }), 'no_pin', { user: user.name, managers: [] })
  }
}
