import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk import` and its subcommands, in English. */
export const importHelp = {
} as const satisfies HelpEntries
