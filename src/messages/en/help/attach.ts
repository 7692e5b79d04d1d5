import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk attach` and its subcommands, in English. */
export const attachHelp = {
  // issue 19: countersign and attachments
  attach: {
    description: 'keep a file with an order (fax scan, PDF, call recording), with its SHA-256; up to the setting attach.maxBytes (default 20 MB)',
    arguments: { order: 'the order number', file: 'the file to keep (its name is kept without the folder)' },
    options: { '--name': 'the name to keep instead of the file\'s own (no / or \\, no control characters)' },
    who: 'clerk, finance, logistics or manager',
    example: 'orderdesk attach 26-00042 ~/scans/fax-0921-123456.pdf',
  },
  'attach get': {
    description: 'an attachment as it was kept (checked against its SHA-256): to --out, or to stdout when that is not a terminal',
    arguments: { order: 'the order number', n: 'the attachment number, as order show lists it (1, 2, …)' },
    options: { '--out': 'write to this file (folders are created)', '--force': 'replace --out when it exists' },
    who: 'anyone',
    example: 'orderdesk attach get 26-00042 1 --out fax.pdf',
  },
} as const satisfies HelpEntries
