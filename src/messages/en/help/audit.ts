import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk audit` and its subcommands, in English. */
export const auditHelp = {
  audit: { description: 'the tamper-evident audit trail' },
  'audit verify': {
    description:
      'check the hash chain of every audit event and every row of the desk against it; name the first event edited, deleted, inserted or moved, and the rows changed outside orderdesk (exit 4)',
    options: {
      '--known-head': 'a head hash kept from an earlier verify or backup: fail unless that event is still in the chain',
      '--against':
        'a status report (report status --json), a backup --json output, or a backup file: fail unless the head event it saw is still in the chain (exit 4, audit_truncated when the chain ends before it)',
    },
    who: 'anyone',
    example: 'orderdesk audit verify --against backups/orderdesk-2026-11-25.db',
  },
} as const satisfies HelpEntries
