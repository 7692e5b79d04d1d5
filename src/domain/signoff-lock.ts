/**
 * The PIN lock-out of manager sign-offs, from a user's sign-off events of the last window:
 * five wrong PINs (or attempts never answered) within 15 minutes lock that user's sign-offs
 * for 15 minutes. Wall-clock time, so ORDERDESK_TODAY cannot move attempts out of the window.
 */

/** Wrong PINs that lock a user's sign-offs, counted within the window. */
export const LOCK_AFTER_FAILURES = 5
/** The window the failures are counted in, and how long the lock lasts (wall clock). */
export const LOCK_WINDOW_MS = 15 * 60_000
/** An attempt unanswered for longer than this was abandoned (a killed process): it counts as wrong. */
export const ABANDONED_AFTER_MS = 60_000

/** One sign-off event of a user (`signoff.pin_attempt`, `signoff.pin_ok`, `signoff.pin_failed`, `signoff.locked`). */
export interface SignoffEventFact {
  id: number
  action: string
  at: string
  /** The event's data as stored (JSON): a `pin_ok` or `pin_failed` names its attempt's event id. */
  data: string | null
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
 * The lock at `nowMs` from the events of the window, in id order: each `signoff.pin_attempt`
 * counts until its `signoff.pin_ok`; a `signoff.pin_failed` marks it wrong (one without an
 * attempt — written before attempts were counted — counts on its own); a `signoff.locked`
 * starts the count again.
 */
export function signoffLockFrom(rows: readonly SignoffEventFact[], nowMs: number): SignoffLock {
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
