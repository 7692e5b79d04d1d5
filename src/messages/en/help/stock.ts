import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk stock` and its subcommands (the stock check among them), in English. */
export const stockHelp = {
  stock: { description: 'stock on hand, reserved and available; the stock check' },
  'stock show': {
    description: 'on hand, reserved and available per product',
    who: 'anyone',
    example: 'orderdesk stock show NW-011 NW-001',
  },
  'stock receive': {
    description: 'goods received into the warehouse',
    options: { '--sku': 'product', '--qty': 'quantity received', '--reason': 'e.g. the delivery note number' },
    who: 'clerk, manager or mc',
    example: 'orderdesk stock receive --sku NW-011 --qty 40 --reason "delivery note SH-20261126-3"',
  },
  'stock adjust': {
    description: 'correct the stock count (+n or -n, with a reason)',
    options: { '--sku': 'product', '--qty': 'change, e.g. -3 or +5', '--reason': 'why (stock count, damage, ...)' },
    who: 'clerk, manager or mc',
    example: 'orderdesk stock adjust --sku NW-011 --qty -2 --reason "damaged in the warehouse"',
  },
  'stock check': {
    description: 'check stock for an inquiry and offer a delivery date (or end it as lost)',
    options: {
      '--mc-date': "MC's completion date for a short product (repeatable)",
      '--not-producible': 'MC says this product cannot be produced (repeatable; needs --reason)',
      '--reason': 'why it cannot be produced (force majeure, discontinued, ...)',
      '--use-lead-times': 'take the lead-time proposal for short products without --mc-date',
      '--revision': 'refuse if the order has changed since this revision',
    },
    who: 'clerk or manager',
    example: 'orderdesk stock check 26-00042 --mc-date NW-011=2026-12-20',
  },
} as const satisfies HelpEntries
