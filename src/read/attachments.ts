import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import { NotFoundError, RefusedError } from '../domain/errors.js'
import { msg } from '../domain/message.js'
import { attachmentWithContent } from '../store/queries/attachments.js'
import { findOrderRow } from '../store/queries/orders.js'
import type { AttachmentRow, Database } from '../store/schema.js'

/** An attachment with its bytes, as `attach get` hands it out. */
export interface AttachmentContent {
  order: string
  row: AttachmentRow
  content: Buffer
}

/**
 * Attachment `n` of an order with its bytes, checked against the SHA-256 recorded (and sealed)
 * with it: bytes changed outside orderdesk are refused (exit 4), never handed out as the
 * customer's document.
 */
export async function attachmentContent(db: Kysely<Database>, number: string, n: number): Promise<AttachmentContent> {
  const order = await findOrderRow(db, number)
  if (!order) throw new NotFoundError('order', number, msg('order.seeList', {}))
  const a = await attachmentWithContent(db, order.id, n)
  if (!a) throw new NotFoundError('attachment', `${order.number} #${n}`)
  const { content, ...row } = a
  const actual = content ? createHash('sha256').update(content).digest('hex') : ''
  if (!content || actual !== row.sha256 || content.length !== row.bytes) {
    throw new RefusedError(msg('paper.contentChanged', { order: order.number, n, expected: row.sha256, actual }), 'attachment_changed', { order: order.number, n })
  }
  return { order: order.number, row, content }
}
