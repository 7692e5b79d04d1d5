import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk complaint` and its subcommands, in English. */
export const complaintHelp = {
} as const satisfies HelpEntries
