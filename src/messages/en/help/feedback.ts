import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk feedback` and its subcommands, in English. */
export const feedbackHelp = {
} as const satisfies HelpEntries
