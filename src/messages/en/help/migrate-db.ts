import type { HelpEntries } from '../../help-entry.js'

/** The help of `orderdesk migrate-db`, in English. */
export const migrateDbHelp = {
  'migrate-db': {
    description:
      'copy a SQLite desk (orders, events with their hash chain, stock moves, everything) into an empty PostgreSQL database, then verify counts and the audit chain there',
    options: {
      '--from': 'the SQLite desk database file to copy (it is only read)',
      '--to': 'the empty PostgreSQL database, postgres://user@host:port/dbname',
    },
    who: 'anyone who may read the desk file and write the PostgreSQL database (no desk user is needed)',
    example: 'orderdesk migrate-db --from orderdesk.db --to postgres://orderdesk@dbhost:5432/orderdesk',
  },
} as const satisfies HelpEntries
