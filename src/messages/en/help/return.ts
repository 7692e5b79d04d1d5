import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk return` (issue 19), in English. */
export const returnHelp = {
  return: { description: 'goods that came back after delivery' },
  'return receive': {
    description: 'receive returned goods: back into stock (or scrap), and a refund due or a remake',
    arguments: { order: 'order number, e.g. 26-00042' },
    options: {
      '--item': 'goods returned, sku=qty (repeatable)',
      '--reason': 'why they came back',
      '--scrap': 'the goods are scrap, not back into stock',
      '--refund': 'the customer gets their value back (a refund due on the order)',
      '--remake': 'the goods are made again (a production order to MC)',
    },
    who: 'clerk or manager',
    example: 'orderdesk return receive 26-00042 --item NW-011=2 --reason "cracked in transit" --scrap --remake',
  },
} as const satisfies HelpEntries
