import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk ship` and its subcommands, in English. */
export const shipHelp = {
} as const satisfies HelpEntries
