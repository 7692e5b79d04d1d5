import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk init` and its subcommands, in English. */
export const initHelp = {
} as const satisfies HelpEntries
