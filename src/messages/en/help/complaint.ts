import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk complaint` and its subcommands, in English. */
export const complaintHelp = {
  complaint: { description: 'customer complaints' },
  'complaint open': {
    description: 'record a complaint about an order',
    options: { '--text': 'what the customer complains about' },
    who: 'clerk or manager',
    example: 'orderdesk complaint open 26-00042 --text "two cases arrived crushed"',
  },
  'complaint resolve': {
    description: 'close a complaint with its resolution',
    options: { '--resolution': 'what was done' },
    who: 'clerk or manager',
    example: 'orderdesk complaint resolve 7 --resolution "two cases replaced with the next shipment"',
  },
  'complaint list': {
    description: 'complaints, newest first',
    options: { '--open': 'only open ones', '--limit': 'at most n (0 = all)' },
    who: 'anyone',
    example: 'orderdesk complaint list --open',
  },
} as const satisfies HelpEntries
