import { ORDER_STATUSES } from '../../../domain/order-status.js'
import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk order` and its subcommands, in English. */
export const orderHelp = {
  order: { description: 'orders: list, show' },
  'order list': {
    description: 'list orders, newest first (default 50; --limit 0 for all)',
    options: {
      '--status': `only these statuses (comma-separated): ${ORDER_STATUSES.join(', ')}`,
      '--customer': "only this customer's orders",
      '--overdue': 'only orders past their promised date and not delivered',
      '--needs-action': 'only orders waiting on the desk, with the next command to run',
      '--limit': 'at most n orders (0 = all)',
    },
    who: 'anyone',
    example: 'orderdesk order list --needs-action',
  },
  'order confirm': {
    description: 'a manager signs the sales order (deposit must have arrived) and dispatches production orders to MC',
    options: {
      '--assign': 'give every production order to this MC user (default: least open work)',
      '--revision': 'refuse if the order has changed since this revision',
    },
    who: 'manager (a sign-off: PIN)',
    example: 'orderdesk order confirm 26-00042 --assign zhao',
  },
  'order show': {
    description: 'one order: lines, documents, payments, production, changes, shipments, timeline',
    who: 'anyone',
    example: 'orderdesk order show 26-00042',
  },
} as const satisfies HelpEntries
