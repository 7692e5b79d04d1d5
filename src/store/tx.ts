import type { Kysely } from 'kysely'
import type { Database } from './schema.js'

/**
 * A handle bound to the one connection that holds a write transaction (`immediate`). Its own
 * file, so that the queries a transaction runs need not import the transaction machinery (which
 * seals through those very queries).
 */
export type Tx = Kysely<Database>
