import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk backup`, in English. */
export const backupHelp = {
  backup: {
    description: 'copy the database while others work (SQLite online backup), then check the copy; --yes replaces an existing file',
    who: 'anyone',
    example: 'orderdesk backup backups/orderdesk-2026-11-26.db',
  },
} as const satisfies HelpEntries
