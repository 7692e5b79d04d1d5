import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk change` and its subcommands, in English. */
export const changeHelp = {
} as const satisfies HelpEntries
