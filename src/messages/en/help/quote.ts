import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk quote` and its subcommands, in English. */
export const quoteHelp = {
} as const satisfies HelpEntries
