import { sql, type Kysely } from 'kysely'
import { RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { dialectOf } from './dialect.js'
import type { Database } from './schema.js'

/**
 * Which schema a database has: the last migration applied, or what it holds without one. Its
 * own file, so that the check before opening (open-desk.ts, migrate.ts) and the migrations
 * that run after it (run-migrations.ts) each import it, not each other.
 */

/** The name of the last migration applied, or null on a new database. One cheap query. */
export async function appliedVersion(db: Kysely<Database>): Promise<string | null> {
  // PostgreSQL aborts the whole transaction on a missing table: ask the catalog first there
  if (dialectOf(db) === 'postgres') {
    const t = await sql<{ t: string | null }>`select to_regclass('kysely_migration')::text as t`.execute(db)
    if (!t.rows[0]?.t) return null
  }
  try {
    const row = await sql<{ name: string }>`select name from kysely_migration order by name desc limit 1`.execute(db)
    return row.rows[0]?.name ?? null
  } catch (e) {
    if (/no such table|does not exist/i.test(String((e as Error).message))) return null
    throw e
  }
}

/**
 * What a database without an applied migration holds: nothing (`empty`, a desk not yet made),
 * tables of another program (`foreign`), or the migration table another process just created
 * (`desk`, being made right now). Asked only when `appliedVersion` found none.
 */
export async function deskContents(db: Kysely<Database>): Promise<'empty' | 'foreign' | 'desk'> {
  const r =
    dialectOf(db) === 'postgres'
      ? await sql<{ tables: number; desk: number }>`select count(*) as tables, count(*) filter (where table_name = 'kysely_migration') as desk
          from information_schema.tables where table_schema = current_schema()`.execute(db)
      : await sql<{ tables: number; desk: number }>`select count(*) as tables, coalesce(sum(name = 'kysely_migration'), 0) as desk
          from sqlite_master where type = 'table'`.execute(db)
  const { tables, desk } = r.rows[0]!
  return Number(desk) > 0 ? 'desk' : Number(tables) > 0 ? 'foreign' : 'empty'
}

/** The refusal of a database written by a newer version of the program (exit 4): it is left untouched. */
export function schemaTooNew(current: string, latest: string): RefusedError {
  return new RefusedError(msg('desk.schemaTooNew', { current, latest }), 'schema_too_new')
}
