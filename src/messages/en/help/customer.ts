import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk customer` and its subcommands, in English. */
export const customerHelp = {
} as const satisfies HelpEntries
