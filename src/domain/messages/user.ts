import type { Permission } from '../roles.js'

/**
 * What a user was refused for lack of a role (`requirePermission`): one code a use case,
 * worded by the catalogue ("adding a customer").
 */
export type Doing =
  | 'customer.add'
  | 'product.add'
  | 'user.add'
  | 'user.editRole'
  | 'user.setOthersPin'
  | 'stock.receive'
  | 'stock.adjust'
  | 'stock.check'
  | 'inquiry.new'
  | 'inquiry.drop'
  | 'quote.reprice'
  | 'contract.sign'
  | 'settings.change'
  | 'invoice.issue'
  | 'payment.record'
  | 'change.request'
  | 'change.confirm'
  | 'change.decide'
  | 'production.accept'
  | 'production.reject'
  | 'production.progress'
  | 'production.done'
  | 'production.redispatch'
  | 'production.rate'
  | 'production.reopen'
  | 'shipment.plan'
  | 'shipment.send'
  | 'shipment.deliver'
  | 'feedback.add'
  | 'complaint.open'
  | 'complaint.resolve'
  | 'import.orders'
  | 'import.createCustomers'
  | 'import.customers'
  | 'import.products'
  | 'import.stock'
  // issue 19: payments
  | 'payment.refund'
  | 'payment.void'
  | 'return.receive'
  // issue 19: countersign and attachments
  | 'contract.countersign'
  | 'confirmation.countersign'
  | 'attach.add'
  // issue 19: master
  | 'customer.edit'
  | 'product.edit'

/** The parameters of the user messages: each key a message, each value what its words need. */
export interface UserMessages {
  /**
   * The acting user's role lacks the permission; `doing` names what was refused.
   */
  'user.forbidden': { user: string; role: string; permission: Permission; doing: Doing }
  /** A step only a manager may take (`command`: `quote reject`). */
  'user.needsManager': { user: string; role: string; command: string }
  /** A sign-off by someone who is not a manager (`command`: `order confirm`). */
  'user.needsSignature': { user: string; role: string; command: string }
  /** A manager without a PIN tries to sign. */
  'user.signoffWithoutPin': { user: string }
  'user.noPin': { user: string }
  'user.wrongPin': { user: string }
  /**
   * The user's sign-offs are locked until `until` (ms; `now` the moment of the refusal): after
   * this wrong PIN, already, or because `limit` attempts are counted (wrong or being checked).
   */
  'user.locked': { user: string; why: 'wrongPin' | 'locked' | 'attemptsUsed'; limit: number; windowMinutes: number; until: number; now: number }
  /** `--as` names nobody on the desk. */
  'user.notAUser': { name: string }
  'user.firstMustBeManager': Record<string, never>
  'user.firstUserMeanwhile': Record<string, never>
  'user.nameRule': Record<string, never>
  'user.roleRule': Record<string, never>
  'user.pinRule': { min: number; max: number }
  'user.managerNeedsPin': Record<string, never>
  'user.exists': Record<string, never>
  /** See the users (after "user X not found"). */
  'user.seeList': Record<string, never>
  'user.sameRole': { user: string; role: string }
  /** Made manager without a PIN. */
  'user.managerWithoutPin': { user: string }
  'user.lastManager': { user: string }
  'user.samePin': Record<string, never>
  'user.pinSetMeanwhile': { user: string }
  /** A user without a PIN setting their first: a manager with a PIN does that (`managers`: who can). */
  'user.firstPinByManager': { user: string; managers: string[] }
  /** No manager has a PIN yet: a manager sets their own first. */
  'user.noManagerHasPin': { user: string }
  /** The prompt for `--role` of `user add`. */
  'user.askRole': Record<string, never>
  /** The prompt for `--role` of `user edit`. */
  'user.askNewRole': { user: string }
  /** The hidden prompt for the acting user's PIN (a sign-off). */
  'user.askPin': { user: string }
  /** The hidden prompt for one's own current PIN (`user pin <self>`). */
  'user.askCurrentPin': { user: string }
  /**
   * Whose PIN a variable carries, named beside it when a run without a terminal lacks it
   * (`ORDERDESK_PIN (wang's PIN)`): the acting user's, one's own current one, a new one, a new
   * manager's (who must have one).
   */
  'user.pinOf': { user: string; which: 'pin' | 'current' | 'new' | 'newManager' }
  /** `user add` done (`pin`: the new user has one). */
  'user.added': { user: string; role: string; pin: boolean }
  /** `user edit` done. */
  'user.roleChanged': { user: string; role: string; previous: string }
  /** `user pin` done: the PIN set (a first one), reset (by a manager) or changed (by its user). */
  'user.pinDone': { user: string; change: 'set' | 'reset' | 'changed' }
  /** A column header of `user list`. */
  'user.column': { column: 'name' | 'role' | 'fullName' | 'pin' }
  /** `user list`: the user has a PIN. */
  'user.hasPin': Record<string, never>
}
