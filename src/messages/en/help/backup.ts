import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk backup` and its subcommands, in English. */
export const backupHelp = {
} as const satisfies HelpEntries
