import type { Kysely } from 'kysely'
import type { Database, User } from '../schema.js'

export async function findUser(db: Kysely<Database>, name: string): Promise<User | undefined> {
  return db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst()
}

export async function listUsers(db: Kysely<Database>): Promise<User[]> {
  return db.selectFrom('users').selectAll().orderBy('name').execute()
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const r = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
  return Number(r.n)
}

/** The names of the managers who can sign (have a PIN), in name order. */
export async function signingManagerNames(db: Kysely<Database>): Promise<string[]> {
  const rows = await db.selectFrom('users').select('name').where('role', '=', 'manager').where('pin_hash', 'is not', null).orderBy('name').execute()
  return rows.map((r) => r.name)
}

/** Managers who can sign (have a PIN): the desk must always keep one. */
export async function countSigningManagers(db: Kysely<Database>): Promise<number> {
  const r = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('role', '=', 'manager')
    .where('pin_hash', 'is not', null)
    .executeTakeFirstOrThrow()
  return Number(r.n)
}
