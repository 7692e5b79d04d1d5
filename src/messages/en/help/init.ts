import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk init`, in English. */
export const initHelp = {
  init: {
    description: 'create the database (or bring its schema up to date)',
    options: { '--demo': 'add demo users of every role, customers, products and stock' },
    who: 'anyone (no desk user is needed yet)',
    example: 'orderdesk init --demo',
  },
} as const satisfies HelpEntries
