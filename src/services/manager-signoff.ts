import type { Kysely } from 'kysely'
import { MissingFlagsError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import type { UserMessages } from '../domain/messages/user.js'
import { hashPin, needsRehash, verifyPin } from '../domain/pin.js'
import { LOCK_AFTER_FAILURES, LOCK_WINDOW_MS, signoffLockFrom, type SignoffLock } from '../domain/signoff-lock.js'
import { orderIdOf } from '../store/queries/orders.js'
import { newestEventId, signoffEventsSince } from '../store/queries/signoff-events.js'
import { setPinHash } from '../store/queries/users.js'
import { immediate } from '../store/transaction.js'
import type { Database } from '../store/schema.js'
import type { ServiceContext } from './context.js'
import { recordEvent } from './record-step.js'

/** How long an attempt waits for attempts still being checked elsewhere before it is refused. */
const WAIT_FOR_ANSWERS_MS = 20_000

/** What a PIN is checked for: the command (`order confirm`), its subject, the order if any. */
export interface SignoffWhat {
  action: string
  ref: string
  orderId?: number
}

/**
 * A sign-off (sales order, production orders, quotation approval, shipping unpaid, and every
 * change to users and settings) needs a manager, and that manager's PIN: a manager without one
 * signs nothing until it is set (`user pin`). The PIN is checked by `checkActorPin`.
 */
export async function requireManagerSignoff(ctx: ServiceContext, pin: string | null, what: SignoffWhat): Promise<void> {
  if (ctx.actor.role !== 'manager') {
    throw new RefusedError(msg('user.needsSignature', { user: ctx.actor.name, role: ctx.actor.role, command: what.action }), 'forbidden', {
      user: ctx.actor.name,
      role: ctx.actor.role,
    })
  }
  if (!ctx.actor.pin_hash) throw new RefusedError(msg('user.signoffWithoutPin', { user: ctx.actor.name }), 'no_pin', { user: ctx.actor.name })
  await checkActorPin(ctx, pin, what)
}

/** A manager's sign-off of a step on an order (`command`: `order confirm`): a wrong PIN's event names the order. */
export async function requireOrderSignoff(ctx: ServiceContext, pin: string | null, command: string, number: string): Promise<void> {
  await requireManagerSignoff(ctx, pin, { action: command, ref: number, orderId: await orderIdOf(ctx.db, number) })
}

/**
 * Checks the acting user's PIN, counted toward the lock-out, in three steps so that parallel
 * attempts cannot get more than five wrong PINs verified in the window and the desk's write
 * lock is never held during the slow hash:
 *
 * 1. a short write transaction counts the attempt (event `signoff.pin_attempt`) — or refuses
 *    (exit 4, `locked`, nothing written) when the user is locked or five attempts are already
 *    counted: wrong ones, and ones not answered (a process killed while checking: abandoned
 *    after a minute, it counts as wrong until the window passes). While some of the five are
 *    still being checked by other processes, it waits (up to 20 s) for their answers;
 * 2. the PIN is verified outside any transaction;
 * 3. a short write transaction records the outcome: `signoff.pin_ok` (and, for a hash made at
 *    an older cost, the hash made again at today's), or `signoff.pin_failed` and, at the fifth
 *    failure in 15 minutes, `signoff.locked` (15 minutes). Then a wrong PIN is exit 4.
 *
 * The window is wall-clock time, so ORDERDESK_TODAY cannot move attempts out of it.
 */
export async function checkActorPin(ctx: ServiceContext, pin: string | null, what: SignoffWhat): Promise<void> {
  const name = ctx.actor.name
  const stored = ctx.actor.pin_hash
  if (!stored) throw new RefusedError(msg('user.noPin', { user: name }), 'no_pin', { user: name })
  if (pin === null) throw new MissingFlagsError([`ORDERDESK_PIN (${name}'s PIN)`])
  const attempt = await countedAttempt(ctx, what)
  if (verifyPin(pin, stored)) return recordRightPin(ctx, what, attempt, stored, pin)
  const locked = await recordWrongPin(ctx, what, attempt)
  if (locked !== null) throw lockedError(name, locked, 'wrongPin')
  throw new RefusedError(msg('user.wrongPin', { user: name }), 'wrong_pin')
}

/** Step 1, tried again every 200 ms while attempts still being checked elsewhere may be answered right. */
async function countedAttempt(ctx: ServiceContext, what: SignoffWhat): Promise<number> {
  const waitUntil = Date.now() + WAIT_FOR_ANSWERS_MS
  for (;;) {
    const attempt = await countAttempt(ctx, what, Date.now() < waitUntil)
    if (attempt !== null) return attempt
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * Step 1: counts an attempt (its event id), or refuses. When five are counted but some are
 * still being checked by other processes, gives null while `mayWait` (the caller tries again
 * shortly: they may be answered right).
 */
async function countAttempt(ctx: ServiceContext, what: SignoffWhat, mayWait: boolean): Promise<number | null> {
  const name = ctx.actor.name
  return immediate(ctx.db, async (tx) => {
    const at = ctx.now()
    const atMs = Date.parse(at)
    const state = await signoffLock(tx, name, atMs)
    if (state.lockedUntil !== null) throw lockedError(name, { until: state.lockedUntil, atMs }, 'locked')
    if (state.counted >= LOCK_AFTER_FAILURES) {
      if (mayWait && state.beingChecked > 0) return null
      throw lockedError(name, { until: state.freeAt!, atMs }, 'attemptsUsed')
    }
    await recordEvent(tx, ctx, at, { action: 'signoff.pin_attempt', entity: 'user', ref: what.ref, data: { attempted: what.action, counted: state.counted + 1 } })
    return newestEventId(tx)
  })
}

/** Step 3, right: the attempt answered (and a hash of an older cost made again, unless another PIN was set meanwhile). */
async function recordRightPin(ctx: ServiceContext, what: SignoffWhat, attempt: number, stored: string, pin: string): Promise<void> {
  const upgraded = needsRehash(stored) ? hashPin(pin) : null
  await immediate(ctx.db, async (tx) => {
    if (upgraded) await setPinHash(tx, ctx.actor.name, upgraded, stored)
    await recordEvent(tx, ctx, ctx.now(), {
      action: 'signoff.pin_ok',
      entity: 'user',
      ref: what.ref,
      data: { attempted: what.action, attempt, ...(upgraded ? { rehashed: true } : {}) },
    })
  })
}

/** Step 3, wrong: the failure recorded, and the lock at the fifth; gives the lock when there is one now. */
async function recordWrongPin(ctx: ServiceContext, what: SignoffWhat, attempt: number): Promise<{ until: number; atMs: number } | null> {
  const name = ctx.actor.name
  return immediate(ctx.db, async (tx) => {
    const at = ctx.now()
    await recordEvent(tx, ctx, at, { action: 'signoff.pin_failed', entity: 'user', ref: what.ref, orderId: what.orderId ?? null, data: { attempted: what.action, attempt } })
    const atMs = Date.parse(at)
    const state = await signoffLock(tx, name, atMs)
    if (state.lockedUntil !== null) return { until: state.lockedUntil, atMs }
    if (state.failures < LOCK_AFTER_FAILURES) return null
    const until = atMs + LOCK_WINDOW_MS
    await recordEvent(tx, ctx, at, {
      action: 'signoff.locked',
      entity: 'user',
      ref: name,
      data: { failures: state.failures, until: new Date(until).toISOString(), attempted: what.action },
    })
    return { until, atMs }
  })
}

/** Whether the acting user must give a PIN for a manager's sign-off (so the CLI knows to ask). */
export function needsPin(ctx: Pick<ServiceContext, 'actor'>): boolean {
  return ctx.actor.role === 'manager' && ctx.actor.pin_hash !== null
}

/** A user's sign-off lock at `nowMs`, from the audit events of the last 15 minutes (domain/signoff-lock.ts). */
async function signoffLock(db: Kysely<Database>, user: string, nowMs: number): Promise<SignoffLock> {
  return signoffLockFrom(await signoffEventsSince(db, user, new Date(nowMs - LOCK_WINDOW_MS).toISOString()), nowMs)
}

function lockedError(user: string, lock: { until: number; atMs: number }, why: UserMessages['user.locked']['why']): RefusedError {
  return new RefusedError(
    msg('user.locked', { user, why, limit: LOCK_AFTER_FAILURES, windowMinutes: LOCK_WINDOW_MS / 60_000, until: lock.until, now: lock.atMs }),
    'locked',
    { user, until: new Date(lock.until).toISOString() },
  )
}
