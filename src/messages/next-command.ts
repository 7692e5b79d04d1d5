import type { NextAction, NextSituation } from '../domain/order-status.js'

/**
 * The command to run next, by situation ({order}: the order's number); none where the order
 * has ended. Commands are the same in every language, so both catalogues take them from here.
 */
const NEXT_COMMAND: Record<NextSituation, string | null> = {
  inquiry: 'orderdesk stock check {order}',
  offered: 'orderdesk contract sign {order}',
  lost: null,
  contracted: 'orderdesk payment record {order}',
  confirmed: 'orderdesk production list',
  in_production: 'orderdesk production list',
  ready: 'orderdesk ship {order} --date <date>',
  shipping: 'orderdesk ship send {order}',
  shipped: 'orderdesk ship deliver {order}',
  completed: null,
  cancelled: null,
  productionIssue: 'orderdesk production list --status rejected',
  depositReceived: 'orderdesk order confirm {order}',
  atRisk: 'orderdesk order show {order}',
  unknown: null,
}

/** The literal command to run next for an order (`''` when there is none). */
export const nextCommand = (n: NextAction): string => (NEXT_COMMAND[n.situation] ?? '').replace('{order}', n.order)
