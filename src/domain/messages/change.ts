import type { ChangeReason, PlanDifference, PlanLineKey } from '../change-plan.js'
import type { Msg } from '../message.js'
import type { Minor } from '../money.js'
import type { ApprovalReason } from '../quote-approval.js'

/** What no longer holds when the customer's acceptance is checked against the order as it is now. */
export type ChangeDifference =
  | { kind: 'goodsLeft'; shipment: string }
  | { kind: 'orderNow'; status: string }
  /** How the plan made again differs from the one decided on (domain/change-plan.ts `planDifferences`). */
  | PlanDifference
  /** Why the plan cannot be made again now: the refusal's words. */
  | { kind: 'said'; text: string }

/** A column of the change tables: `change list` and the plan of `change request`. */
export type ChangeColumn = 'change' | 'order' | 'customer' | 'status' | 'form' | 'what' | 'promised' | 'sku' | 'from' | 'to' | 'reserve' | 'release' | 'make'

/** The parameters of the change messages: each key a message, each value what its words need. */
export interface ChangeMessages {
  /** See the changes (after "change X not found"). */
  'change.seeList': Record<string, never>
  /** A step refused because of the change's status. */
  'change.wrongState': { step: 'confirm' | 'decide' | 'approve'; change: string; status: string; needs: string[] }
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

  // the evaluation (domain/change-plan.ts)
  /** Why MC must be asked about a change (a reason of its plan). */
  'change.reason': ChangeReason
  /** `--cancel` given with `--item` or `--date`. */
  'change.cancelAlone': Record<string, never>
  /** The same product in two `--item`s. */
  'change.itemTwice': Record<string, never>
  'change.belowShipped': { sku: string; shipped: number }
  /** More of a product than free stock, and it is not one the company makes. */
  'change.notProducible': { sku: string; available: number }
  /** A request whose quantities and date are those the order has already. */
  'change.changesNothing': Record<string, never>

  // the commands (cli/commands/change)
  /** `change request` with none of --item, --date, --cancel. */
  'change.sayWhat': Record<string, never>
  /** Done: stock absorbs the change (`date`: the delivery date offered). */
  'change.recordedFromStock': { change: string; total: number; date: string | null }
  /** Done: production must change; a plan change form went to MC. */
  'change.recordedForMc': { change: string; reasons: Msg<'change.reason'>[]; form: string | null }
  /** Next: MC decides on the plan change form. */
  'change.nextDecide': { change: string }
  /** Next: the customer's answer, once stock or MC can make the change. */
  'change.nextTellCustomer': { change: string }
  /** `change decide --mc agree` with --reason. */
  'change.reasonWithRefuse': Record<string, never>
  'change.mcAgrees': { change: string; date: string | null }
  'change.mcRefuses': { change: string; reason: string | undefined }
  /** Done: the customer accepted and the change is carried out. */
  'change.applied': { change: string; order: string; orderStatus: string; revision: number; total: number }
  /** Done: the customer rejected the change. */
  'change.ended': { change: string; order: string }
  /** `change list --order` naming no order. */
  'change.noSuchOrder': Record<string, never>

  // the tables (render/change-list.ts, render/change-plan.ts)
  /** `change list` found none. */
  'change.none': Record<string, never>
  'change.column': { column: ChangeColumn }
  /** What a change asks for, in a few words (a cell of `change list`). */
  'change.what': { cancel: boolean; lines: Pick<PlanLineKey, 'sku' | 'from' | 'to'>[]; date: string | null }

  // issue 19: approvals bind to what was approved
  /** `change confirm --customer accept` refused: the change's new offer needs a manager's quotation approval first. */
  'change.approvalNeeded': { change: string; order: string; reasons: ApprovalReason[] }
  /** `quote approve` on an order whose open change needs no new approval. */
  'change.approvalNotRequired': { change: string; order: string }
  /** `quote approve` on an order whose open change's offer is approved already. */
  'change.alreadyApproved': { change: string; by: string }
  /** Done: a manager approved the new offer of a change (`total`: the total approved). */
  'change.offerApproved': { change: string; order: string; by: string; total: Minor; reasons: ApprovalReason[] }
  /** Said by `change request` when the new offer needs a manager's approval before it can be confirmed. */
  'change.needsApproval': { order: string; reasons: ApprovalReason[] }
  /** After a change's line in `order show`: its new offer waits for a manager's approval, or was approved (with the separator). */
  'change.approvalValue': { status: 'pending' | 'approved'; by: string | null; date: string | null; total: Minor | null; reasons: ApprovalReason[] }
  /** `change list`'s status cell of a change whose new offer waits for approval (`status`: the status named). */
  'change.awaitingApproval': { status: string }
  // issue 19: changereject
  /** `quote reject` on an order under contract with no customer change open. */
  'change.noOpenChange': { order: string }
  /** Done: a manager rejected the new offer of a change; the change ended, the order is as it was. */
  'change.offerRejected': { change: string; order: string; by: string; reason: string }
  /** A step on a change whose new offer a manager rejected (it ended). */
  'change.rejectedEnded': { change: string; by: string; date: string; reason: string }
  /** After a change's line in `order show`: its new offer was rejected (with the separator). */
  'change.rejectedValue': { by: string; date: string; reason: string }
}
