/** What no longer holds when the customer's acceptance is checked against the order as it is now. */
export type ChangeDifference =
  | { kind: 'goodsLeft'; shipment: string }
  | { kind: 'orderNow'; status: string }
  /** A difference of the plan (domain/change-plan.ts `planDifferences`) or why it cannot be made now, in words already. */
  | { kind: 'said'; text: string }

/** The parameters of the change messages: each key a message, each value what its words need. */
export interface ChangeMessages {
  /** See the changes (after "change X not found"). */
  'change.seeList': Record<string, never>
  /** A step refused because of the change's status. */
  'change.wrongState': { step: 'confirm' | 'decide'; change: string; status: string; needs: string[] }
  'change.changedMeanwhile': { change: string }
  /**
   * The customer accepted a change whose evaluation no longer holds: what changed on the order
   * since (its events after the request) and what is different now.
   */
  'change.stale': {
    order: string
    change: string
    revision: { from: number; to: number }
    since: { action: string; ref: string; actor: string }[]
    differences: ChangeDifference[]
  }
  'change.difference': ChangeDifference
  'change.noMc': Record<string, never>
  'change.dateNeeded': Record<string, never>
  'change.dateBeforeToday': { today: string }
  'change.reasonNeeded': Record<string, never>
  /** The flag a change by phone or fax must come with (named in "must provide …"). */
  'change.sourceRefFlag': { channel: 'phone' | 'fax' }
  'change.goodsSent': { order: string; shipment: string }
  'change.alreadyOpen': { order: string; change: string; status: string }
  'change.noSuchProduct': Record<string, never>
}
