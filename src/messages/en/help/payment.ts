import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk payment` and its subcommands, in English. */
export const paymentHelp = {
} as const satisfies HelpEntries
