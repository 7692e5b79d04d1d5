import type { Kysely } from 'kysely'
import { MissingFlagsError, RefusedError } from '../domain/errors.js'
import { hashPin, needsRehash, verifyPin } from '../domain/pin.js'
import { appendEvent } from '../store/queries/events.js'
import { newestEventId, signoffEventsSince } from '../store/queries/signoff-events.js'
import { immediate } from '../store/transaction.js'
import type { Database } from '../store/schema.js'
import type { ServiceContext } from './context.js'

/** Wrong PINs that lock a user's sign-offs, counted within the window. */
export const LOCK_AFTER_FAILURES = 5
/** The window the failures are counted in, and how long the lock lasts (wall clock). */
export const LOCK_WINDOW_MS = 15 * 60_000
/** An attempt unanswered for longer than this was abandoned (a killed process): it counts as wrong. */
export const ABANDONED_AFTER_MS = 60_000
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
    throw new RefusedError(`${ctx.actor.name} is ${ctx.actor.role}; ${what.action} needs a manager's signature`, 'forbidden', {
      user: ctx.actor.name,
      role: ctx.actor.role,
    })
  }
  if (!ctx.actor.pin_hash) {
    throw new RefusedError(
      `${ctx.actor.name} has no PIN, and a sign-off needs one: set it with \`orderdesk user pin ${ctx.actor.name}\``,
      'no_pin',
      { user: ctx.actor.name },
    )
  }
  await checkActorPin(ctx, pin, what)
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
  if (!stored) throw new RefusedError(`${name} has no PIN`, 'no_pin', { user: name })
  if (pin === null) throw new MissingFlagsError([`ORDERDESK_PIN (${name}'s PIN)`])

  const waitUntil = Date.now() + WAIT_FOR_ANSWERS_MS
  let attempt: number | null = null
  while (attempt === null) {
    attempt = await countAttempt(ctx, what, Date.now() < waitUntil)
    if (attempt === null) await new Promise((resolve) => setTimeout(resolve, 200))
  }

  const right = verifyPin(pin, stored)
  if (right) {
    const upgraded = needsRehash(stored) ? hashPin(pin) : null
    await immediate(ctx.db, async (tx) => {
      // only if nobody set another PIN meanwhile
      if (upgraded) await tx.updateTable('users').set({ pin_hash: upgraded }).where('name', '=', name).where('pin_hash', '=', stored).execute()
      await appendEvent(tx, {
        at: ctx.now(),
        businessDate: ctx.today,
        actor: name,
        action: 'signoff.pin_ok',
        entity: 'user',
        ref: what.ref,
        data: { attempted: what.action, attempt, ...(upgraded ? { rehashed: true } : {}) },
      })
    })
    return
  }

  const locked = await immediate(ctx.db, async (tx) => {
    const at = ctx.now()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: name,
      action: 'signoff.pin_failed',
      entity: 'user',
      ref: what.ref,
      orderId: what.orderId ?? null,
      data: { attempted: what.action, attempt },
    })
    const atMs = Date.parse(at)
    const state = await signoffLock(tx, name, atMs)
    if (state.lockedUntil !== null) return { until: state.lockedUntil, atMs }
    if (state.failures < LOCK_AFTER_FAILURES) return null
    const until = atMs + LOCK_WINDOW_MS
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: name,
      action: 'signoff.locked',
      entity: 'user',
      ref: name,
      data: { failures: state.failures, until: new Date(until).toISOString(), attempted: what.action },
    })
    return { until, atMs }
  })
  if (locked !== null) {
    throw lockedError(
      name,
      locked.until,
      locked.atMs,
      `wrong PIN for ${name}; nothing was signed. ${LOCK_AFTER_FAILURES} wrong PINs within 15 minutes: ${name}'s sign-offs are locked`,
    )
  }
  throw new RefusedError(`wrong PIN for ${name}; nothing was signed`, 'wrong_pin')
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
    if (state.lockedUntil !== null) throw lockedError(name, state.lockedUntil, atMs, `${name}'s sign-offs are locked`)
    if (state.counted >= LOCK_AFTER_FAILURES) {
      if (mayWait && state.beingChecked > 0) return null
      throw lockedError(
        name,
        state.freeAt!,
        atMs,
        `${LOCK_AFTER_FAILURES} PIN attempts for ${name} within 15 minutes were wrong or are still being checked: ${name}'s sign-offs are locked`,
      )
    }
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: name,
      action: 'signoff.pin_attempt',
      entity: 'user',
      ref: what.ref,
      data: { attempted: what.action, counted: state.counted + 1 },
    })
    return newestEventId(tx)
  })
}

/** Whether the acting user must give a PIN for a manager's sign-off (so the CLI knows to ask). */
export function needsPin(ctx: Pick<ServiceContext, 'actor'>): boolean {
  return ctx.actor.role === 'manager' && ctx.actor.pin_hash !== null
}

/** A user's PIN lock-out at one moment. */
export interface SignoffLock {
  /** Locked (a `signoff.locked` event within the last 15 minutes) until then; else null. */
  lockedUntil: number | null
  /** Attempts counted since the last lock: wrong, or not answered (yet). */
  counted: number
  /** Of those, the ones answered wrong. */
  failures: number
  /** Of those, the ones not answered yet and not abandoned (being checked by another process). */
  beingChecked: number
  /** When `counted` drops below the limit as the window moves on (null while below it). */
  freeAt: number | null
}

/**
 * A user's sign-off lock at `nowMs`, from the audit events of the last 15 minutes: each
 * `signoff.pin_attempt` counts until its `signoff.pin_ok`; a `signoff.pin_failed` marks it
 * wrong (one without an attempt — written before attempts were counted — counts on its own);
 * a `signoff.locked` starts the count again.
 */
export async function signoffLock(db: Kysely<Database>, user: string, nowMs: number): Promise<SignoffLock> {
  const rows = await signoffEventsSince(db, user, new Date(nowMs - LOCK_WINDOW_MS).toISOString())
  let lockedUntil: number | null = null
  const counted = new Map<string, { at: number; failed: boolean }>()
  for (const r of rows) {
    const at = Date.parse(r.at)
    const data = (r.data ? JSON.parse(r.data) : {}) as { attempt?: unknown }
    const key = typeof data.attempt === 'number' ? `a${data.attempt}` : null
    if (r.action === 'signoff.locked') {
      const until = at + LOCK_WINDOW_MS
      lockedUntil = until > nowMs ? until : null
      counted.clear()
    } else if (r.action === 'signoff.pin_attempt') {
      counted.set(`a${r.id}`, { at, failed: false })
    } else if (r.action === 'signoff.pin_ok') {
      if (key) counted.delete(key)
    } else {
      const entry = key ? counted.get(key) : undefined
      if (entry) entry.failed = true
      else counted.set(`f${r.id}`, { at, failed: true })
    }
  }
  const times = [...counted.values()].map((e) => e.at).sort((a, b) => a - b)
  const over = times.length - LOCK_AFTER_FAILURES
  return {
    lockedUntil,
    counted: counted.size,
    failures: [...counted.values()].filter((e) => e.failed).length,
    beingChecked: [...counted.values()].filter((e) => !e.failed && e.at > nowMs - ABANDONED_AFTER_MS).length,
    freeAt: over >= 0 ? times[over]! + LOCK_WINDOW_MS : null,
  }
}

function lockedError(user: string, until: number, nowMs: number, text: string): RefusedError {
  const minutes = Math.max(1, Math.ceil((until - nowMs) / 60_000))
  return new RefusedError(
    `${text} until ${localTime(until, nowMs)} (in ${minutes} minute${minutes === 1 ? '' : 's'}); try again then`,
    'locked',
    { user, until: new Date(until).toISOString() },
  )
}

/** `14:47`, or `2026-11-27 00:05` when that is not today (local time, as on the clerk's clock). */
function localTime(ms: number, nowMs: number): string {
  const p = (n: number) => String(n).padStart(2, '0')
  const d = new Date(Math.ceil(ms / 60_000) * 60_000) // rounded up: never earlier than the real unlock
  const n = new Date(nowMs)
  const day = `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`
  const today = `${n.getFullYear()}-${p(n.getMonth() + 1)}-${p(n.getDate())}`
  const time = `${p(d.getHours())}:${p(d.getMinutes())}`
  return day === today ? time : `${day} ${time}`
}
