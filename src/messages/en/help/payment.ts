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
  // issue 19: payments
  'payment refund': {
    description: 'record money paid back to the customer (after a cancellation, a smaller order or a return)',
    options: {
      '--amount': 'amount paid back, at most what is due back',
      '--ref': 'bank reference',
      '--reason': 'why (kept in the audit trail)',
      '--date': 'date the money left (default today)',
    },
    who: 'finance or manager',
    example: 'orderdesk payment refund 26-00042 --amount 85.50 --ref ICBC-20261127-0007',
  },
  'payment void': {
    description: 'void a mistyped payment or refund by its number (it stays on record, marked voided)',
    arguments: { payment: 'payment number, e.g. 26-00042-PM2' },
    options: { '--reason': 'why it is voided' },
    who: 'finance or manager',
    example: 'orderdesk payment void 26-00042-PM2 --reason "typed 850.00 for 85.00"',
  },
} as const satisfies HelpEntries
