import type { Kysely } from 'kysely'
import type { AttachmentRow, Database } from '../schema.js'

/** The files kept with an order (metadata only, never the bytes), by number. */
export async function orderAttachments(db: Kysely<Database>, orderId: number): Promise<AttachmentRow[]> {
  return db.selectFrom('attachments').selectAll().where('order_id', '=', orderId).orderBy('n').execute()
}

/** The next attachment number of the order (1 for the first). */
export async function nextAttachmentNo(tx: Kysely<Database>, orderId: number): Promise<number> {
  const r = await tx.selectFrom('attachments').select((eb) => eb.fn.max('n').as('n')).where('order_id', '=', orderId).executeTakeFirst()
  return Number(r?.n ?? 0) + 1
}

/** A new attachment: its row and its bytes (inside the caller's transaction). */
export interface NewAttachment {
  orderId: number
  n: number
  name: string
  content: Buffer
  sha256: string
  by: string
  at: string
}

export async function insertAttachment(tx: Kysely<Database>, a: NewAttachment): Promise<void> {
  const row = await tx
    .insertInto('attachments')
    .values({ order_id: a.orderId, n: a.n, name: a.name, bytes: a.content.length, sha256: a.sha256, added_by: a.by, added_at: a.at })
    .returning('id')
    .executeTakeFirstOrThrow()
  await tx.insertInto('attachment_content').values({ attachment_id: row.id, content: a.content }).execute()
}

/** One attachment of an order with its bytes, or undefined. */
export async function attachmentWithContent(db: Kysely<Database>, orderId: number, n: number): Promise<(AttachmentRow & { content: Buffer | null }) | undefined> {
  const r = await db
    .selectFrom('attachments')
    .leftJoin('attachment_content', 'attachment_content.attachment_id', 'attachments.id')
    .selectAll('attachments')
    .select('attachment_content.content')
    .where('attachments.order_id', '=', orderId)
    .where('attachments.n', '=', n)
    .executeTakeFirst()
  if (!r) return undefined
  return { ...r, content: r.content === null || r.content === undefined ? null : Buffer.from(r.content) }
}
