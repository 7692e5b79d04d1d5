import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk inquiry` and its subcommands, in English. */
export const inquiryHelp = {
} as const satisfies HelpEntries
