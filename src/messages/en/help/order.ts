import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk order` and its subcommands, in English. */
export const orderHelp = {
} as const satisfies HelpEntries
