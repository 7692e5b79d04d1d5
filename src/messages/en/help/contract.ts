import { PAYMENT_METHODS } from '../../../domain/channels.js'
import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk contract` and its subcommands, in English. */
export const contractHelp = {
  contract: { description: 'sales contracts' },
  'contract sign': {
    description: 'the customer accepted the offer: sign the sales contract and reserve the stock',
    options: {
      '--payment-method': `how the customer pays (e.g. ${PAYMENT_METHODS.join(', ')})`,
      '--payment-due': 'when the payment is due (YYYY-MM-DD or +N days)',
      '--deposit': 'deposit required before the sales order, in percent (default 100)',
      '--revision': 'refuse if the order has changed since this revision',
    },
    who: 'clerk or manager',
    example: 'orderdesk contract sign 26-00042 --payment-method transfer --payment-due +7 --deposit 30',
  },
} as const satisfies HelpEntries
