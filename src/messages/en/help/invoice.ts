import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk invoice` and its subcommands, in English. */
export const invoiceHelp = {
  invoice: { description: 'invoices' },
  'invoice issue': {
    description: 'record an invoice (finance); default amount: all not yet invoiced',
    arguments: { order: 'the order number' },
    options: { '--number': 'the invoice number', '--amount': 'amount (default: the total not yet invoiced)' },
    who: 'finance or manager',
    example: 'orderdesk invoice issue 26-00042 --number FP-20261201-01',
  },
} as const satisfies HelpEntries
