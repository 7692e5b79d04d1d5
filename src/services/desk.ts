import type { User } from '../store/schema.js'
import { isBusy } from '../store/busy.js'
import { isPostgresUrl, type DeskAccess, type Store } from '../store/connection.js'
import { environmentError, type DeskRef } from '../store/environment.js'
import { openDeskFor } from '../store/open-desk.js'
import { findUser } from '../store/queries/users.js'

/**
 * The desk as the layers above the services see it: a door that opens, names the acting user
 * and closes. What is behind it (kysely, better-sqlite3, pg) stays in the store.
 */
export type Desk = Store
export type { DeskAccess, DeskRef, User }

/** Opens the desk for reading, writing (migrating it if older) or creating it (`init`): see store/open-desk.ts. */
export function openDesk(target: string, opts: { busyTimeoutMs: number; access: DeskAccess; olderSchemaOk?: boolean }): Promise<Desk> {
  return openDeskFor(target, opts)
}

/** The desk's user of that name, if there is one. */
export function findActor(desk: Desk, name: string): Promise<User | undefined> {
  return findUser(desk.db, name)
}

/** A `--db` value that names a PostgreSQL database rather than a SQLite file. */
export { isPostgresUrl }

/** What the environment refused (a full disk, a read-only file, a lost server) as an exit-6 error, else null. */
export { environmentError }

/** The database stayed locked beyond the busy timeout. */
export { isBusy }
