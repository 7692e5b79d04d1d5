import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk product` and its subcommands, in English. */
export const productHelp = {
} as const satisfies HelpEntries
