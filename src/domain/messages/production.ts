import type { ProductionStep } from '../production-status.js'

/** The parameters of the production messages: each key a message, each value what its words need. */
export interface ProductionMessages {
  /** See the production orders (after "production order X not found"). */
  'production.seeList': Record<string, never>
  /** A step refused because of the production order's status. */
  'production.wrongState': { step: ProductionStep; number: string; status: string }
  'production.dateBeforeToday': { today: string }
  'production.qtyNotPositive': Record<string, never>
  'production.qtyOverRemaining': { number: string; remaining: number }
  'production.rejectedRange': { qty: number }
  'production.notMc': Record<string, never>
  /** No MC user to re-dispatch to (all others busy or none but the one who rejected it). */
  'production.noOtherMc': Record<string, never>
  'production.scoreRange': Record<string, never>
  'production.reasonEmpty': Record<string, never>
  'production.percentRange': Record<string, never>
}
