import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk ship` and its subcommands, in English. */
export const shipHelp = {
  ship: { description: 'ship a ready order: `ship <order> --date` issues the goods outbound slip (货物出库单); then `ship send`, `ship deliver`' },
  'ship plan': {
    description: 'agree the ship date, re-confirm payment and issue the outbound slip for logistics (same as `ship <order>`)',
    options: {
      '--date': 'ship date agreed with the customer',
      '--carrier': 'carrier',
      '--address': "delivery address (default: the customer's)",
      '--item': 'ship only this much of a product (repeatable): a partial shipment',
      '--allow-unpaid': 'ship before full payment (manager, PIN; needs --reason)',
      '--reason': 'why it may ship unpaid',
    },
    who: 'clerk or manager (--allow-unpaid: a manager, with the PIN)',
    example: 'orderdesk ship 26-00042 --date 2026-12-10 --carrier "SF Express"',
  },
  'ship send': {
    description: 'the goods leave: reserved stock is issued (logistics, clerk)',
    options: { '--shipment': 'which outbound slip (default: the oldest waiting)', '--carrier': 'carrier', '--tracking': 'tracking number' },
    who: 'logistics, clerk or manager',
    example: 'orderdesk ship send 26-00042 --tracking SF1234567890',
  },
  'ship deliver': {
    description: 'the goods arrived at the customer (logistics, clerk)',
    options: { '--shipment': 'which shipment (default: the oldest on the way)', '--date': 'arrival date (default today)' },
    who: 'logistics, clerk or manager',
    example: 'orderdesk ship deliver 26-00042 --date 2026-12-12',
  },
} as const satisfies HelpEntries
