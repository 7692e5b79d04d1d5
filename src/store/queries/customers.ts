import type { Kysely } from 'kysely'
import type { Customer, Database } from '../schema.js'
import { likeOp, likeTerm } from './like.js'

export async function findCustomer(db: Kysely<Database>, code: string): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('code', '=', code).executeTakeFirst()
}

export async function findCustomerById(db: Kysely<Database>, id: number): Promise<Customer | undefined> {
  return db.selectFrom('customers').selectAll().where('id', '=', id).executeTakeFirst()
}

/** Customers whose code or name starts with / contains the term, for pick lists. */
export async function searchCustomers(db: Kysely<Database>, term: string, limit = 20): Promise<Customer[]> {
  let q = db.selectFrom('customers').selectAll()
  const t = likeTerm(term)
  if (t) q = q.where((eb) => eb.or([eb('code', likeOp(db), `${t}%`), eb('name', likeOp(db), `%${t}%`)]))
  return q.orderBy('code').limit(limit).execute()
}

export async function listCustomers(db: Kysely<Database>, limit: number): Promise<Customer[]> {
  let q = db.selectFrom('customers').selectAll().orderBy('code')
  if (limit > 0) q = q.limit(limit)
  return q.execute()
}
