import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk settings` and its subcommands, in English. */
export const settingsHelp = {
  settings: { description: 'desk settings (quotation approval thresholds, ...)' },
  'settings show': {
    description: 'every known setting with its value',
    who: 'anyone',
    example: 'orderdesk settings show',
  },
  'settings set': {
    description: 'set a setting (managers; a sign-off: PIN)',
    who: 'manager (a sign-off: PIN)',
    example: 'orderdesk settings set quote.approvalAbove 50000',
  },
  'settings unset': {
    description: 'remove a setting (managers; a sign-off: PIN)',
    who: 'manager (a sign-off: PIN)',
    example: 'orderdesk settings unset quote.approvalAbove',
  },
} as const satisfies HelpEntries
