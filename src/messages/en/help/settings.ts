import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk settings` and its subcommands, in English. */
export const settingsHelp = {
} as const satisfies HelpEntries
