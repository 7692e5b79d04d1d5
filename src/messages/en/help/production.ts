import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk production` and its subcommands, in English. */
export const productionHelp = {
} as const satisfies HelpEntries
