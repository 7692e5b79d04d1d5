import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk print` and its subcommands, in English. */
export const printHelp = {
} as const satisfies HelpEntries
