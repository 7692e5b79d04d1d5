import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk quote` and its subcommands, in English. */
export const quoteHelp = {
  quote: { description: 'quotation approval by the sales manager' },
  'quote approve': {
    description: "approve an offer above the approval threshold or discount (manager, PIN); under contract, the new offer of the order's open customer change, which change confirm waits for",
    options: { '--revision': 'refuse if the order has changed since this revision' },
    who: 'manager (a sign-off: PIN)',
    example: 'orderdesk quote approve 26-00042',
  },
  'quote reject': {
    description: "send an offer back to the clerk: re-check or re-price (manager); under contract, reject the new offer of the order's open customer change that waits for approval (PIN): the change ends, the order stays as it was",
    options: { '--reason': 'what must change', '--revision': 'refuse if the order has changed since this revision' },
    who: 'manager (a change\'s new offer: a sign-off, PIN)',
    example: 'orderdesk quote reject 26-00042 --reason "discount on NW-009 too deep"',
  },
  'quote reprice': {
    description: 'new unit prices on an offer (clears approval; ask again if still needed)',
    options: {
      '--item': 'new unit price for a product on the order (repeatable)',
      '--revision': 'refuse if the order has changed since this revision',
      // issue 19: lines
      '--free': 'a line re-priced to 0 is given free: samples; needs --reason',
      '--reason': 'with --free: why the lines are free (recorded in the audit trail)',
    },
    who: 'clerk or manager',
    example: 'orderdesk quote reprice 26-00042 --item NW-009=92.00',
  },
} as const satisfies HelpEntries
