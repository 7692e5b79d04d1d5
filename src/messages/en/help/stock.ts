import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk stock` and its subcommands, in English. */
export const stockHelp = {
} as const satisfies HelpEntries
