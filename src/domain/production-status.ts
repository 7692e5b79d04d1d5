/**
 * The production order (生产命令单) lifecycle of SPEC §3 as data.
 * awaiting_signoff → dispatched (a manager signs: 经本部门经理签字后生效执行) → accepted (MC
 * commits a date) | rejected → in_progress → done; done → in_progress when a wrong completion
 * is taken back (`production reopen`); cancelled by a change. A production order a manager's
 * `order confirm` dispatches is signed at once; one a change adds or enlarges waits for
 * `production sign` in awaiting_signoff.
 */
export const PRODUCTION_STATUSES = ['awaiting_signoff', 'dispatched', 'accepted', 'rejected', 'in_progress', 'done', 'cancelled'] as const
export type ProductionStatus = (typeof PRODUCTION_STATUSES)[number]

export const PRODUCTION_STEPS = {
  accept: { command: 'production accept', from: ['dispatched'], to: 'accepted' },
  reject: { command: 'production reject', from: ['dispatched', 'accepted'], to: 'rejected' },
  progress: { command: 'production progress', from: ['accepted', 'in_progress'], to: 'in_progress' },
  done: { command: 'production done', from: ['accepted', 'in_progress'], to: 'done' },
  dispatch: { command: 'production dispatch', from: ['dispatched', 'rejected'], to: 'dispatched' },
  rate: { command: 'production rate', from: ['done'], to: 'done' },
  sign: { command: 'production sign', from: ['awaiting_signoff'], to: 'dispatched' },
  reopen: { command: 'production reopen', from: ['done', 'in_progress'], to: 'in_progress' },
} as const satisfies Record<string, { command: string; from: readonly ProductionStatus[]; to: ProductionStatus }>

export type ProductionStep = keyof typeof PRODUCTION_STEPS

/** Not finished: counts as open work for dispatching. */
export const OPEN_PRODUCTION: readonly ProductionStatus[] = ['awaiting_signoff', 'dispatched', 'accepted', 'in_progress', 'rejected']

/** Not in force yet: waiting for a manager's signature (`production sign`) before MC may act on it. */
export function awaitsSignoff(status: string): boolean {
  return status === 'awaiting_signoff'
}

export function isProductionStatus(s: string): s is ProductionStatus {
  return (PRODUCTION_STATUSES as readonly string[]).includes(s)
}

export function canRunProduction(step: ProductionStep, status: string): boolean {
  return (PRODUCTION_STEPS[step].from as readonly string[]).includes(status)
}

/**
 * Picks the MC user with the least open work: fewest open production orders, then the
 * smallest open quantity, then by name (stable).
 */
export function leastLoaded(load: { name: string; openCount: number; openQty: number }[]): string | null {
  const sorted = [...load].sort((a, b) => a.openCount - b.openCount || a.openQty - b.openQty || a.name.localeCompare(b.name))
  return sorted[0]?.name ?? null
}
