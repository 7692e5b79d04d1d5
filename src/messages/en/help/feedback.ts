import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk feedback` and its subcommands, in English. */
export const feedbackHelp = {
  feedback: { description: 'customer satisfaction after delivery' },
  'feedback add': {
    description: "record the customer's rating (once per order unless --replace)",
    options: { '--rating': 'satisfaction, 1 (bad) to 5 (excellent)', '--comment': 'what the customer said', '--replace': 'replace earlier feedback' },
    who: 'clerk or manager',
    example: 'orderdesk feedback add 26-00042 --rating 5 --comment "arrived early, well packed"',
  },
} as const satisfies HelpEntries
