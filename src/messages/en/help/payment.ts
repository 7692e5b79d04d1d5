import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk payment` and its subcommands, in English. */
export const paymentHelp = {
  payment: { description: 'payments from customers' },
  'payment record': {
    description: 'record a payment (payments add up; clerk, finance, manager)',
    options: {
      '--amount': 'amount received, e.g. 1250.00',
      '--method': 'how it was paid (transfer, cash, ...)',
      '--ref': 'bank reference',
      '--date': 'date the money arrived (default today)',
      '--allow-overpay': 'accept more than the balance due',
    },
    who: 'clerk, finance or manager',
    example: 'orderdesk payment record 26-00042 --amount 31.50 --method transfer --ref ICBC-20261126-0042',
  },
} as const satisfies HelpEntries
