import { sql, type Kysely } from 'kysely'
import { dialectOf } from '../dialect.js'
import type { Customer, Database, NewCustomer } from '../schema.js'
import { likeTerm } from './like.js'

export async function findCustomer(db: Kysely<Database>, code: string): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('code', '=', code).executeTakeFirst()
}

/** Above every character: `x <= s < x + TOP` is "s starts with x" for BINARY comparison. */
const TOP = '\u{10FFFF}'
/** From this many matches on, walking the code index beats sorting the matches. */
const DENSE = 500
/** SQLite's lower() folds ASCII only; fold the term the same way. */
const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())

/**
 * Customers for the interactive pick list, by code: with one or two characters those whose
 * code or name starts with them, with three or more those whose code or name contains them
 * (case-insensitive). Every keystroke is answered from an index (migration 0010), never by
 * reading all the customers: a few milliseconds with 100,000 of them.
 */
export async function searchCustomers(db: Kysely<Database>, term: string, limit = 20): Promise<Customer[]> {
  const t = likeTerm(term)
  if (!t) return db.selectFrom('customers').selectAll().orderBy('code').limit(limit).execute()
  if (dialectOf(db) !== 'sqlite') {
    return db
      .selectFrom('customers')
      .selectAll()
      .where((eb) => eb.or([eb(eb.fn('lower', ['code']), 'like', `${t.toLowerCase()}%`), eb(eb.fn('lower', ['name']), 'like', `%${t.toLowerCase()}%`)]))
      .orderBy('code')
      .limit(limit)
      .execute()
  }
  const lower = asciiLower(t)
  if ([...lower].length >= 3) {
    // an FTS5 phrase: the term as one string, quotes doubled
    const phrase = `"${lower.replace(/"/g, '""')}"`
    const matches = (cap: number | null) =>
      cap === null
        ? sql<number>`(select rowid from customers_search where customers_search match ${phrase})`
        : sql<number>`(select rowid from customers_search where customers_search match ${phrase} limit ${cap})`
    // Few matches: fetch them and sort. Many ("hamburg", "ltd"): walk the code index and stop at
    // the page, testing each against the matches (`+id` keeps SQLite on the code index).
    const { n } = await db
      .selectFrom(matches(DENSE).as('m'))
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow()
    return db
      .selectFrom('customers')
      .selectAll()
      .where(Number(n) >= DENSE ? sql<number>`+id` : sql<number>`id`, 'in', matches(null))
      .orderBy('code')
      .limit(limit)
      .execute()
  }
  const startsWith = (column: 'code' | 'name') => {
    const key = column === 'code' ? sql<string>`lower(code)` : sql<string>`lower(name)`
    return db.selectFrom('customers').selectAll().where(key, '>=', lower).where(key, '<', lower + TOP).orderBy(key).limit(limit).execute()
  }
  const byId = new Map<number, Customer>()
  for (const c of [...(await startsWith('code')), ...(await startsWith('name'))]) byId.set(c.id, c)
  return [...byId.values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)).slice(0, limit)
}

export async function listCustomers(db: Kysely<Database>, limit: number): Promise<Customer[]> {
  let q = db.selectFrom('customers').selectAll().orderBy('code')
  if (limit > 0) q = q.limit(limit)
  return q.execute()
}

/** Adds customers (inside the caller's transaction). */
export async function insertCustomers(tx: Kysely<Database>, rows: NewCustomer[]): Promise<void> {
  await tx.insertInto('customers').values(rows).execute()
}

/** Changes the given fields of the customer with this code (inside the caller's transaction). */
export async function updateCustomer(tx: Kysely<Database>, code: string, set: Partial<Pick<Customer, 'name' | 'contact' | 'phone' | 'address'>>): Promise<void> {
  await tx.updateTable('customers').set(set).where('code', '=', code).execute()
}
