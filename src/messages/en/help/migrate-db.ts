import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk migrate-db` and its subcommands, in English. */
export const migrateDbHelp = {
} as const satisfies HelpEntries
