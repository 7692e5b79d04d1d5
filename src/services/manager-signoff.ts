import type { Kysely } from 'kysely'
import { MissingFlagsError, RefusedError } from '../domain/errors.js'
import { verifyPin } from '../domain/pin.js'
import { appendEvent } from '../store/queries/events.js'
import { immediate } from '../store/transaction.js'
import type { Database } from '../store/schema.js'
import type { ServiceContext } from './context.js'

/** Wrong PINs that lock a manager's sign-offs, counted within the window. */
export const LOCK_AFTER_FAILURES = 5
/** The window the failures are counted in, and how long the lock lasts (wall clock). */
export const LOCK_WINDOW_MS = 15 * 60_000

/**
 * A sign-off (sales order, production orders, quotation approval) needs a manager; a
 * manager with a PIN must give it. A wrong PIN is refused (exit 4) and the attempt is
 * written to the audit trail — nothing else is. Five wrong PINs within 15 minutes lock that
 * manager's sign-offs for 15 minutes (event `signoff.locked`); while locked even the right
 * PIN is refused. The failures are counted from the audit trail by wall-clock time, so
 * ORDERDESK_TODAY cannot move them out of the window.
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
  const nowMs = Date.parse(ctx.now())
  const before = await signoffLock(ctx.db, ctx.actor.name, nowMs)
  if (before.lockedUntil !== null) throw lockedError(ctx.actor.name, before.lockedUntil, nowMs, `${ctx.actor.name}'s sign-offs are locked`)
  if (verifyPin(pin, ctx.actor.pin_hash)) return
  const locked = await immediate(ctx.db, async (tx) => {
    const at = ctx.now()
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'signoff.pin_failed',
      entity: 'user',
      ref: what.ref,
      orderId: what.orderId ?? null,
      data: { attempted: what.action },
    })
    const atMs = Date.parse(at)
    const state = await signoffLock(tx, ctx.actor.name, atMs)
    if (state.lockedUntil !== null) return { until: state.lockedUntil, atMs } // locked by a parallel attempt meanwhile
    if (state.failures < LOCK_AFTER_FAILURES) return null
    const until = atMs + LOCK_WINDOW_MS
    await appendEvent(tx, {
      at,
      businessDate: ctx.today,
      actor: ctx.actor.name,
      action: 'signoff.locked',
      entity: 'user',
      ref: ctx.actor.name,
      data: { failures: state.failures, until: new Date(until).toISOString(), attempted: what.action },
    })
    return { until, atMs }
  })
  if (locked !== null) {
    throw lockedError(
      ctx.actor.name,
      locked.until,
      locked.atMs,
      `wrong PIN for ${ctx.actor.name}; nothing was signed. ${LOCK_AFTER_FAILURES} wrong PINs within 15 minutes: ${ctx.actor.name}'s sign-offs are locked`,
    )
  }
  throw new RefusedError(`wrong PIN for ${ctx.actor.name}; nothing was signed`, 'wrong_pin')
}

/** Whether the acting manager must give a PIN (so the CLI knows to ask for one). */
export function needsPin(ctx: ServiceContext): boolean {
  return ctx.actor.role === 'manager' && ctx.actor.pin_hash !== null
}

/**
 * A user's sign-off lock at `nowMs`: locked until when (a `signoff.locked` event within the
 * last 15 minutes), and the wrong PINs within the last 15 minutes. Reads only the events of
 * that window: the newest event older than the window is found by scanning ids downwards.
 */
export async function signoffLock(db: Kysely<Database>, user: string, nowMs: number): Promise<{ lockedUntil: number | null; failures: number }> {
  const cutoff = new Date(nowMs - LOCK_WINDOW_MS).toISOString()
  const boundary = await db.selectFrom('events').select('id').where('at', '<', cutoff).orderBy('id', 'desc').limit(1).executeTakeFirst()
  const rows = await db
    .selectFrom('events')
    .select(['action', 'at'])
    .where('id', '>', boundary?.id ?? 0)
    .where('actor', '=', user)
    .where('action', 'in', ['signoff.pin_failed', 'signoff.locked'])
    .where('at', '>=', cutoff)
    .orderBy('id')
    .execute()
  let lockedUntil: number | null = null
  let failures = 0
  for (const r of rows) {
    if (r.action === 'signoff.locked') {
      const until = Date.parse(r.at) + LOCK_WINDOW_MS
      lockedUntil = until > nowMs ? until : null
      failures = 0
    } else failures++
  }
  return { lockedUntil, failures }
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
