import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk contract` and its subcommands, in English. */
export const contractHelp = {
} as const satisfies HelpEntries
