import type { Insertable, Kysely } from 'kysely'
import type { Database, User, UsersTable } from '../schema.js'

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

/** Adds a user (inside the caller's transaction). */
export async function insertUser(tx: Kysely<Database>, row: Insertable<UsersTable>): Promise<void> {
  await tx.insertInto('users').values(row).execute()
}

export async function setUserRole(tx: Kysely<Database>, name: string, role: string): Promise<void> {
  await tx.updateTable('users').set({ role }).where('name', '=', name).execute()
}

/** Sets a user's PIN hash; with `replacing`, only while the stored hash is still that one (nobody set another meanwhile). */
export async function setPinHash(tx: Kysely<Database>, name: string, pinHash: string, replacing?: string): Promise<void> {
  let q = tx.updateTable('users').set({ pin_hash: pinHash }).where('name', '=', name)
  if (replacing !== undefined) q = q.where('pin_hash', '=', replacing)
  await q.execute()
}
