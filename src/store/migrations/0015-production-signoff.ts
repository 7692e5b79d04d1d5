import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'

/**
 * Issue 19 §3: a production order takes effect only when a manager signs it. One a change adds
 * or enlarges waits in `awaiting_signoff` with nobody's signature yet, so `signed_by` may now
 * be null (it is set by `production sign`). PostgreSQL drops the NOT NULL; SQLite cannot alter a
 * column, so the table is rebuilt from its own stored definition with only that constraint
 * taken out (every column, value and id kept, so every row's seal stays as it was), and its
 * indexes made again from their stored definitions. Nothing references production_orders.
 */
export async function up(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table production_orders alter column signed_by drop not null`.execute(db)
    return
  }
  await rebuildSqlite(db, (ddl) => ddl.replace(/("?signed_by"?\s+text)\s+not null/i, '$1'))
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'postgres') {
    await sql`alter table production_orders alter column signed_by set not null`.execute(db)
    return
  }
  await rebuildSqlite(db, (ddl) => ddl.replace(/("?signed_by"?\s+text)(?!\s+not null)/i, '$1 not null'))
}

/** SQLite: production_orders made again from its stored DDL, changed by `edit`. */
async function rebuildSqlite(db: Kysely<any>, edit: (ddl: string) => string): Promise<void> {
  const table = await sql<{ sql: string }>`select sql from sqlite_master where type = 'table' and name = 'production_orders'`.execute(db)
  const ddl = table.rows[0]?.sql
  if (!ddl) throw new Error('production_orders: no table to rebuild')
  const edited = edit(ddl)
  if (edited === ddl) return
  const indexes = await sql<{ sql: string }>`select sql from sqlite_master where type = 'index' and tbl_name = 'production_orders' and sql is not null`.execute(db)
  const fresh = edited.replace(/^create table\s+(if not exists\s+)?"?production_orders"?/i, 'create table "production_orders_0015"')
  if (fresh === edited) throw new Error('production_orders: its definition does not start as expected')
  await sql.raw(fresh).execute(db)
  await sql`insert into production_orders_0015 select * from production_orders`.execute(db)
  await sql`drop table production_orders`.execute(db)
  await sql`alter table production_orders_0015 rename to production_orders`.execute(db)
  for (const i of indexes.rows) await sql.raw(i.sql).execute(db)
}
