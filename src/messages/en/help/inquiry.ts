import { CHANNELS } from '../../../domain/channels.js'
import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk inquiry` and its subcommands, in English. */
export const inquiryHelp = {
  inquiry: { description: 'pre-orders (inquiries) from customers' },
  'inquiry new': {
    description: 'record a pre-order: customer, products and quantities, requested date, source',
    options: {
      '--customer': 'customer code',
      '--item': 'a line (repeatable); price defaults to the list price; a product given twice is one line (quantities added)',
      '--requested': 'requested delivery date (YYYY-MM-DD, or +N days)',
      '--channel': `how it came in: ${CHANNELS.join('|')} (default phone)`,
      '--source-ref': 'fax number or call-recording id',
      '--rush': 'rush order: jumps the production queue',
      '--note': 'free text',
      // issue 19: lines
      '--free': 'lines at a zero price (@0) are given free: samples; needs --reason',
      '--reason': 'with --free: why the lines are free (recorded in the audit trail)',
    },
    who: 'clerk or manager',
    example: 'orderdesk inquiry new --customer ALFKI --item NW-011=5 --item NW-001=10@17.50 --requested +21',
  },
  'inquiry drop': {
    description: 'the customer declined: end the inquiry as lost',
    options: {
      '--reason': 'why (price, date, went elsewhere, ...)',
      '--revision': 'refuse if the order has changed since this revision',
    },
    who: 'clerk or manager',
    example: 'orderdesk inquiry drop 26-00042 --reason "went elsewhere: price"',
  },
} as const satisfies HelpEntries
