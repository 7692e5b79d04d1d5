import type { EventRow } from '../../store/schema.js'
import type { Signed } from './form-data.js'

/**
 * What the forms read from an order's audit events: who did a step and when (the signature
 * boxes), and which stock checks were offers.
 */
export function eventData(e: EventRow): Record<string, unknown> {
  if (!e.data) return {}
  try {
    return JSON.parse(e.data) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** An offer to the customer: a stock check that offered a date, or a re-price of the offer. */
export function isOffer(e: EventRow): boolean {
  return (e.action === 'stock.check' && eventData(e).outcome === 'offered') || e.action === 'quote.reprice'
}

/** The latest event of an action (about one document, when `ref` is given). */
export function lastEvent(events: EventRow[], action: string, ref?: string): EventRow | undefined {
  return events.filter((e) => e.action === action && (ref === undefined || e.ref === ref)).at(-1)
}

export function signed(e: EventRow): Signed {
  return { by: e.actor, date: e.business_date }
}
