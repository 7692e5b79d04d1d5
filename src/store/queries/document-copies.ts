import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database, DocumentCopyRow } from '../schema.js'
import type { Tx } from '../tx.js'

/** The stored copies of issued documents (issue 19 §1): written once at issue, read by `print` and `audit verify`. */

export interface NewDocumentCopy {
  orderId: number
  form: string
  number: string
  revision: number
  content: string
  sha256: string
  by: string
  at: string
  date: string
}

/** Stores an issued document's copy (inside the issuing step's transaction). */
export async function insertDocumentCopy(tx: Tx, c: NewDocumentCopy): Promise<void> {
  await tx
    .insertInto('document_copies')
    .values({ order_id: c.orderId, form: c.form, number: c.number, revision: c.revision, content: c.content, sha256: c.sha256, issued_by: c.by, issued_at: c.at, business_date: c.date })
    .execute()
}

/** The numbers of the order's documents that have a stored copy. */
export async function copiedNumbers(tx: Kysely<Database>, orderId: number): Promise<Set<string>> {
  const rows = await tx.selectFrom('document_copies').select('number').where('order_id', '=', orderId).execute()
  return new Set(rows.map((r) => r.number))
}

/** The stored copy of one document of an order, or undefined: it was not issued with one. */
export async function findDocumentCopy(db: Kysely<Database>, orderId: number, number: string): Promise<DocumentCopyRow | undefined> {
  return db.selectFrom('document_copies').selectAll().where('order_id', '=', orderId).where('number', '=', number).executeTakeFirst()
}

/** Every stored copy, a page at a time in id order (for `audit verify`). */
export async function documentCopiesAfter(db: Kysely<Database>, afterId: number, limit: number): Promise<DocumentCopyRow[]> {
  return db.selectFrom('document_copies').selectAll().where('id', '>', afterId).orderBy('id').limit(limit).execute()
}

/** The hex SHA-256 of a stored copy's content: what the issuing event carries and `audit verify` recomputes. */
export function contentHash(content: string): string {
  return createHash('sha256').update(content, 'utf8').digest('hex')
}
