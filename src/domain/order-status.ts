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
  /** What the step does, for "cannot ... order X" messages. */
  does: string
  from: readonly OrderStatus[]
  to: OrderStatus
}

export const STEPS = {
  checkStock: { command: 'stock check', does: 'check stock for', from: ['inquiry', 'offered'], to: 'offered' },
  markLost: { command: 'stock check', does: 'check stock for', from: ['inquiry', 'offered'], to: 'lost' },
  dropInquiry: { command: 'inquiry drop', does: 'drop', from: ['inquiry', 'offered'], to: 'lost' },
  signContract: { command: 'contract sign', does: 'sign the contract for', from: ['offered'], to: 'contracted' },
  approveQuote: { command: 'quote approve', does: 'approve the quotation of', from: ['offered'], to: 'offered' },
  rejectQuote: { command: 'quote reject', does: 'reject the quotation of', from: ['offered'], to: 'offered' },
  repriceQuote: { command: 'quote reprice', does: 're-price', from: ['offered'], to: 'offered' },
  recordPayment: {
    command: 'payment record',
    does: 'record a payment for',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed'],
    to: 'contracted',
  },
  confirm: { command: 'order confirm', does: 'confirm', from: ['contracted'], to: 'confirmed' },
  planShipment: { command: 'ship', does: 'ship', from: ['ready', 'shipping'], to: 'shipping' },
  sendShipment: { command: 'ship send', does: 'send the goods of', from: ['shipping'], to: 'shipped' },
  deliverShipment: { command: 'ship deliver', does: 'record the delivery of', from: ['shipping', 'shipped'], to: 'completed' },
  issueInvoice: {
    command: 'invoice issue',
    does: 'invoice',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed'],
    to: 'contracted',
  },
  requestChange: {
    command: 'change request',
    does: 'change',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping'],
    to: 'contracted',
  },
  addFeedback: { command: 'feedback add', does: 'record feedback for', from: ['shipping', 'shipped', 'completed'], to: 'completed' },
  openComplaint: {
    command: 'complaint open',
    does: 'open a complaint about',
    from: ['contracted', 'confirmed', 'in_production', 'ready', 'shipping', 'shipped', 'completed', 'cancelled'],
    to: 'completed',
  },
} as const satisfies Record<string, Step>

export type StepName = keyof typeof STEPS

/** The next thing to do for an order in each status (shown in messages and `--needs-action`). */
export const NEXT_ACTION: Record<OrderStatus, { hint: string; command: string | null; owner: string | null }> = {
  inquiry: { hint: 'check stock and offer a date', command: 'orderdesk stock check {order}', owner: 'clerk' },
  offered: { hint: 'customer to accept: sign the contract, or drop the inquiry', command: 'orderdesk contract sign {order}', owner: 'clerk' },
  lost: { hint: 'ended before a contract', command: null, owner: null },
  contracted: { hint: 'record the payment, then a manager confirms the sales order', command: 'orderdesk payment record {order}', owner: 'clerk' },
  confirmed: { hint: 'waiting for material control to accept the production orders', command: 'orderdesk production list', owner: 'mc' },
  in_production: { hint: 'in production', command: 'orderdesk production list', owner: 'mc' },
  ready: { hint: 'goods in the warehouse: agree the ship date and issue the outbound slip', command: 'orderdesk ship {order} --date <date>', owner: 'clerk' },
  shipping: { hint: 'logistics to send the goods', command: 'orderdesk ship send {order}', owner: 'logistics' },
  shipped: { hint: 'record the delivery', command: 'orderdesk ship deliver {order}', owner: 'logistics' },
  completed: { hint: 'complete', command: null, owner: null },
  cancelled: { hint: 'cancelled', command: null, owner: null },
}

/** Statuses in which the desk (clerk or manager) owes the next step. */
export const NEEDS_ACTION_STATUSES: readonly OrderStatus[] = ['inquiry', 'offered', 'contracted', 'ready']

export function isOrderStatus(s: string): s is OrderStatus {
  return (ORDER_STATUSES as readonly string[]).includes(s)
}

export function canRun(step: StepName, status: OrderStatus): boolean {
  return (STEPS[step].from as readonly OrderStatus[]).includes(status)
}

/**
 * The sentence that tells a clerk why a step is refused and what to run instead. With the
 * order's facts the next step is `nextActionForOrder`'s (a contracted order whose deposit is
 * paid: `order confirm`, not `payment record`); without them, its status's.
 */
export function refusalMessage(step: StepName, order: string, status: OrderStatus, facts?: Omit<Parameters<typeof nextActionForOrder>[0], 'number' | 'status'>): string {
  const s = STEPS[step]
  const allowed = s.from.join(' or ')
  const command = facts ? nextActionForOrder({ ...facts, number: order, status }).command : NEXT_ACTION[status].command?.replace('{order}', order)
  const instead = command ? `; next for this order: ${command}` : ''
  return `cannot ${s.does} order ${order}: it is ${status} (\`${s.command}\` needs ${allowed})${instead}`
}

/** Closed statuses: nothing more to do. */
export const CLOSED_STATUSES: readonly OrderStatus[] = ['lost', 'completed', 'cancelled']

/**
 * The next command for an order, from its status and flags (what `order list --needs-action`
 * and `order show` print).
 */
export function nextAction(o: {
  number: string
  status: string
  paid: number
  deposit: number
  atRisk: boolean
  productionIssue: boolean
}): { command: string | null; hint: string } {
  const fill = (c: string) => c.replace('{order}', o.number)
  if (o.productionIssue && !CLOSED_STATUSES.includes(o.status as OrderStatus)) {
    return { command: fill('orderdesk production list --status rejected'), hint: 'MC rejected a production order: re-dispatch it (production dispatch) or change the order' }
  }
  if (o.status === 'contracted' && o.paid >= o.deposit) {
    return { command: fill('orderdesk order confirm {order}'), hint: 'deposit received: a manager signs the sales order' }
  }
  if (o.atRisk && (o.status === 'confirmed' || o.status === 'in_production')) {
    return { command: fill('orderdesk order show {order}'), hint: 'at risk: MC committed a date after the promised date; tell the customer' }
  }
  const n = NEXT_ACTION[o.status as OrderStatus]
  return { command: n?.command ? fill(n.command) : null, hint: n?.hint ?? '' }
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
}): { command: string | null; hint: string } {
  return nextAction({
    number: o.number,
    status: o.status,
    paid: o.paid,
    deposit: depositAmount(o.total, o.deposit_pct),
    atRisk: o.at_risk === 1,
    productionIssue: o.production_issue === 1,
  })
}
