import { CHANNELS } from '../../../domain/channels.js'
import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk change` and its subcommands, in English. */
export const changeHelp = {
  change: { description: 'customer changes before shipment (and production plan change forms, 生产计划变更单)' },
  'change request': {
    description: 'record a customer change; it is evaluated at once against stock and production',
    options: {
      '--item': 'new quantity for a product (0 removes it; a new sku adds a line) (repeatable)',
      '--date': 'new requested delivery date',
      '--cancel': 'cancel the whole order',
      '--channel': `how the change came in: ${CHANNELS.join('|')} (default phone)`,
      '--source-ref': 'fax number / call recording id (required for phone and fax)',
      '--note': 'free text',
      // issue 19: lines
      '--line': 'new quantity (and price) for a line by its number in `order show`: <n>=<qty>[@<price>] (0 removes it) (repeatable)',
      '--free': 'a line the change puts at a zero price (@0) is given free: samples; needs --reason',
      '--reason': 'with --free: why the lines are free (recorded in the audit trail)',
    },
    who: 'clerk or manager',
    example: 'orderdesk change request 26-00042 --item NW-011=8 --channel phone --source-ref REC-1126-07',
  },
  'change decide': {
    description: "MC's answer to a production plan change form (mc)",
    options: { '--mc': 'agree | refuse', '--date': 'with agree: the new delivery date MC can make', '--reason': 'with refuse: why' },
    who: 'mc',
    example: 'orderdesk change decide 26-00042-CR1 --mc agree --date 2026-12-20',
  },
  'change confirm': {
    description: "the customer's answer: accept (the change is carried out everywhere) or reject (nothing changes)",
    options: { '--customer': 'accept | reject' },
    who: 'clerk or manager',
    example: 'orderdesk change confirm 26-00042-CR1 --customer accept',
  },
  'change list': {
    description: 'changes, newest first (default 50; --limit 0 for all)',
    options: { '--order': "only this order's", '--open': 'only open ones (offered, pending_mc, mc_agreed)', '--limit': 'at most n (0 = all)' },
    who: 'anyone',
    example: 'orderdesk change list --open',
  },
} as const satisfies HelpEntries
