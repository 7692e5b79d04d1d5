import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'

/**
 * The interactive customer pick list answers each keystroke from an index, at 100,000
 * customers (queries/customers.ts `searchCustomers`):
 * - one or two characters: the start of a code or a name, through indexes on lower(code) and
 *   lower(name), read in order and stopped at the first page;
 * - three or more: anywhere in the code or name, through an FTS5 trigram index kept in step
 *   with `customers` by triggers (SQLite only).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('customers_code_lower').on('customers').expression(sql`lower(code)`).execute()
  await db.schema.createIndex('customers_name_lower').on('customers').expression(sql`lower(name)`).execute()
  if (dialectOf(db) !== 'sqlite') return
  await sql`create virtual table customers_search using fts5(code, name, content='customers', content_rowid='id', tokenize='trigram')`.execute(db)
  await sql`create trigger customers_search_insert after insert on customers begin
    insert into customers_search (rowid, code, name) values (new.id, new.code, new.name);
  end`.execute(db)
  await sql`create trigger customers_search_delete after delete on customers begin
    insert into customers_search (customers_search, rowid, code, name) values ('delete', old.id, old.code, old.name);
  end`.execute(db)
  await sql`create trigger customers_search_update after update of code, name on customers begin
    insert into customers_search (customers_search, rowid, code, name) values ('delete', old.id, old.code, old.name);
    insert into customers_search (rowid, code, name) values (new.id, new.code, new.name);
  end`.execute(db)
  await sql`insert into customers_search (customers_search) values ('rebuild')`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  if (dialectOf(db) === 'sqlite') {
    await sql`drop trigger customers_search_insert`.execute(db)
    await sql`drop trigger customers_search_delete`.execute(db)
    await sql`drop trigger customers_search_update`.execute(db)
    await sql`drop table customers_search`.execute(db)
  }
  await db.schema.dropIndex('customers_code_lower').execute()
  await db.schema.dropIndex('customers_name_lower').execute()
}
