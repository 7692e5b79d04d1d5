import { depositAmount } from './payment-status.js'
/**
 * The order lifecycle of SPEC §3 as data: which step may run in which status,
 * where it leads, and what the clerk should run next.
 */
export const ORDER_STATUSES = [
  'inquiry',
  'offered',
  'lost',
  'contracted',
  'confirmed',
  'in_production',
  'ready',
  'shipping',
  'shipped',
  'completed',
  'cancelled',
] as const
export type OrderStatus = (typeof ORDER_STATUSES)[number]

export interface Step {
  /** The command a clerk types, for messages. */
  command: string
  from: readonly OrderStatus[]
  to: OrderStatus
}

export const STEPS = {
  checkStock: { command: 'stock check', from: ['inquiry', 'offered'], to: 'offered' },
  markLost: { command: 'stock check', from: ['inquiry', 'offered'], to: 'lost' },
  dropInquiry: { command: 'inquiry drop', from: ['inquiry', 'offered'], to: 'lost' },
  signContract: { command: 'contract sign', from: ['offered'], to: 'contracted' },
  approveQuote: { command: 'quote approve', from: ['offered'], to: 'offered' },
  rejectQuote: { command: 'quote reject', from: ['offered'], to: 'offered' },
  repriceQuote: { command: 'quote reprice', from: ['offered'], to: 'offered' },
  recordPayment: {
    command: 'payment record',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed'],
    to: 'contracted',
  },
  confirm: { command: 'order confirm', from: ['contracted'], to: 'confirmed' },
  planShipment: { command: 'ship', from: ['ready', 'shipping'], to: 'shipping' },
  sendShipment: { command: 'ship send', from: ['shipping'], to: 'shipped' },
  deliverShipment: { command: 'ship deliver', from: ['shipping', 'shipped'], to: 'completed' },
  issueInvoice: {
    command: 'invoice issue',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed'],
    to: 'contracted',
  },
  requestChange: {
    command: 'change request',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping'],
    to: 'contracted',
  },
  addFeedback: { command: 'feedback add', from: ['shipping', 'shipped', 'completed'], to: 'completed' },
  openComplaint: {
    command: 'complaint open',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'],
    to: 'completed',
  },
  // issue 19: payments
  refundPayment: {
    command: 'payment refund',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'],
    to: 'contracted',
  },
  voidPayment: {
    command: 'payment void',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'],
    to: 'contracted',
  },
  /** After delivery: the order is completed (every good arrived). */
  receiveReturn: { command: 'return receive', from: ['completed'], to: 'completed' },
  // issue 19: countersign and attachments (in any status: the step checks that the document was issued; status unchanged)
  countersignContract: { command: 'contract countersign', from: ['inquiry', 'offered', 'lost', 'contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'], to: 'contracted' },
  countersignConfirmation: { command: 'confirmation countersign', from: ['inquiry', 'offered', 'lost', 'contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'], to: 'contracted' },
  attach: { command: 'attach', from: ['inquiry', 'offered', 'lost', 'contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'], to: 'inquiry' },
} as const satisfies Record<string, Step>

export type StepName = keyof typeof STEPS

/** Who owes the next step for an order in each status (null: nobody, the order has ended). */
export const NEXT_OWNER: Record<OrderStatus, string | null> = {
  inquiry: 'clerk',
  offered: 'clerk',
  lost: null,
  contracted: 'clerk',
  confirmed: 'mc',
  in_production: 'mc',
  ready: 'clerk',
  shipping: 'logistics',
  shipped: 'logistics',
  completed: null,
  cancelled: null,
}

/**
 * What comes next for an order: by its status, or one of three situations that go first (a
 * production order MC rejected; a contracted order whose deposit has arrived; an order at
 * risk). The words — the hint and the command to run — are the catalogue's (`next.*`).
 */
export type NextSituation = OrderStatus | 'productionIssue' | 'depositReceived' | 'atRisk' | 'unknown'

export interface NextAction {
  situation: NextSituation
  order: string
  /** False when nothing is left to run (lost, completed, cancelled, or a status orderdesk does not know). */
  hasCommand: boolean
}

/** Situations with nothing left to run. */
const NO_COMMAND: readonly NextSituation[] = ['lost', 'completed', 'cancelled']

/** Statuses in which the desk (clerk or manager) owes the next step. */
export const NEEDS_ACTION_STATUSES: readonly OrderStatus[] = ['inquiry', 'offered', 'contracted', 'ready']

export function isOrderStatus(s: string): s is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(s)
}

export function canRun(step: StepName, status: OrderStatus): boolean {
  return (STEPS[step].from as readonly OrderStatus[]).includes(status)
}

/** Why a step is refused on an order, and what to run instead: the values of `order.wrongState`. */
export interface WrongState {
  step: StepName
  order: string
  status: OrderStatus
  /** With the order's facts, `nextActionForOrder`'s (a contracted order whose deposit is paid: `order confirm`); without, its status's. */
  next: NextAction
}

/** The values of the refusal of `step` on an order in `status` (see WrongState). */
export function wrongState(step: StepName, order: string, status: OrderStatus, facts?: Omit<Parameters<typeof nextActionForOrder>[0], 'number' | 'status'>): WrongState {
  const next = facts ? nextActionForOrder({ ...facts, number: order, status }) : byStatus(order, status)
  return { step, order, status, next }
}

function byStatus(order: string, status: string): NextAction {
  const known = isOrderStatus(status)
  return known ? { situation: status, order, hasCommand: !NO_COMMAND.includes(status) } : { situation: 'unknown', order, hasCommand: false }
}

/** Closed statuses: nothing more to do. */
export const CLOSED_STATUSES: readonly OrderStatus[] = ['lost', 'completed', 'cancelled']

/**
 * What comes next for an order, from its status and flags (what `order list --needs-action`,
 * `order show` and the refusals name).
 */
export function nextAction(o: {
  number: string
  status: string
  paid: number
  deposit: number
  atRisk: boolean
  productionIssue: boolean
}): NextAction {
  const at = (situation: NextSituation): NextAction => ({ situation, order: o.number, hasCommand: true })
  if (o.productionIssue && !CLOSED_STATUSES.includes(o.status as OrderStatus)) return at('productionIssue')
  if (o.status === 'contracted' && o.paid >= o.deposit) return at('depositReceived')
  if (o.atRisk && (o.status === 'confirmed' || o.status === 'in_production')) return at('atRisk')
  return byStatus(o.number, o.status)
}

/** The next command for an order row (the facts `nextAction` needs, derived the same way everywhere). */
export function nextActionForOrder(o: {
  number: string
  status: string
  total: number
  paid: number
  deposit_pct: number | null
  at_risk: number
  production_issue: number
}): NextAction {
  return nextAction({
    number: o.number,
    status: o.status,
    paid: o.paid,
    deposit: depositAmount(o.total, o.deposit_pct),
    atRisk: o.at_risk === 1,
    productionIssue: o.production_issue === 1,
  })
}
