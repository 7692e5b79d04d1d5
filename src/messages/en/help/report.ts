import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk report` and its subcommands, in English. */
export const reportHelp = {
} as const satisfies HelpEntries
