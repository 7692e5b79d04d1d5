import { PAYMENT_METHODS } from '../../../domain/channels.js'
import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk contract` and its subcommands, in English. */
export const contractHelp = {
  contract: { description: 'sales contracts' },
  'contract sign': {
    description: 'the customer accepted the offer: sign the sales contract and reserve the stock',
    options: {
      '--payment-method': `how the customer pays (e.g. ${PAYMENT_METHODS.join(', ')})`,
      '--payment-due': 'when the payment is due (YYYY-MM-DD or +N days)',
      '--deposit': 'deposit required before the sales order, in percent (default 100)',
      '--revision': 'refuse if the order has changed since this revision',
    },
    who: 'clerk or manager',
    example: 'orderdesk contract sign 26-00042 --payment-method transfer --payment-due +7 --deposit 30',
  },
  // issue 19: countersign and attachments
  'contract countersign': {
    description: "the customer's signed copy of the contract came back (回签): record when they signed and where the copy is (once per contract; --correct --reason records a correction)",
    arguments: { order: 'the order number (its latest contract) or a contract number (26-00042-CT1)' },
    options: {
      '--date': 'when the customer signed (YYYY-MM-DD), not after today nor before the contract',
      '--ref': 'the reference of the returned copy: fax number, scan, #attachment',
      // issue 19: records
      '--correct': 'correct the countersignature recorded: a new record that supersedes it (the first is kept)',
      '--reason': 'with --correct: why it is corrected',
    },
    who: 'clerk or manager',
    example: 'orderdesk contract countersign 26-00042 --date 2026-11-25 --ref "fax 0921-123456 #1"',
  },
} as const satisfies HelpEntries
