import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk user` and its subcommands, in English. */
export const userHelp = {
} as const satisfies HelpEntries
