import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk confirmation` and its subcommands, in English. */
export const confirmationHelp = {
  // issue 19: countersign and attachments
  confirmation: { description: 'order confirmations (订单确认书): the customer signs them and sends them back' },
  'confirmation countersign': {
    description: "the customer's signed order confirmation came back (回签): record when they signed and where the copy is (once per confirmation; --correct --reason records a correction)",
    arguments: { order: 'the order number (the confirmation of its latest contract) or a confirmation number (26-00042-OC1)' },
    options: {
      '--date': 'when the customer signed (YYYY-MM-DD), not after today nor before the contract',
      '--ref': 'the reference of the returned copy: fax number, scan, #attachment',
      // issue 19: records
      '--correct': 'correct the countersignature recorded: a new record that supersedes it (the first is kept)',
      '--reason': 'with --correct: why it is corrected',
    },
    who: 'clerk or manager',
    example: 'orderdesk confirmation countersign 26-00042 --date 2026-11-25 --ref "fax 0921-123456"',
  },
} as const satisfies HelpEntries
