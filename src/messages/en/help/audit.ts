import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk audit` and its subcommands, in English. */
export const auditHelp = {
} as const satisfies HelpEntries
