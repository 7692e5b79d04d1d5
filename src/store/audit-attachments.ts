import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { AttachmentFinding } from '../domain/messages/audit.js'
import type { Database } from './schema.js'

// issue 19: records
/**
 * `audit verify` on the attachments' bytes: the bytes live in `attachment_content`, which is
 * not sealed (a row seal of 20 MB is no use); they are bound to the sealed `attachments` row by
 * its SHA-256. Each attachment's bytes are read alone (one row at a time, never all of them) and
 * hashed again; bytes that no longer hash to the sealed SHA-256, or that are gone, are named.
 */
export interface AttachmentsReport {
  ok: boolean
  /** Attachments whose bytes were hashed. */
  checked: number
  /** Attachments that do not verify, all of them counted. */
  mismatches: number
  /** The first of them (at most `ATTACHMENT_FINDINGS_SHOWN`), in the order they were added. */
  findings: AttachmentFinding[]
}

export const ATTACHMENT_FINDINGS_SHOWN = 20

/** Re-hashes every attachment's bytes, one attachment at a time, against its sealed SHA-256. */
export async function checkAttachments(db: Kysely<Database>, pageSize = 200): Promise<AttachmentsReport> {
  const findings: AttachmentFinding[] = []
  let checked = 0
  let mismatches = 0
  for (let after = 0; ; ) {
    const page = await db
      .selectFrom('attachments')
      .innerJoin('orders', 'orders.id', 'attachments.order_id')
      .select(['attachments.id', 'attachments.n', 'attachments.name', 'attachments.sha256', 'orders.number as order'])
      .where('attachments.id', '>', after)
      .orderBy('attachments.id')
      .limit(pageSize)
      .execute()
    if (page.length === 0) break
    after = page[page.length - 1]!.id
    for (const a of page) {
      checked++
      const row = await db.selectFrom('attachment_content').select('content').where('attachment_id', '=', a.id).executeTakeFirst()
      const kind: AttachmentFinding['kind'] | null =
        row === undefined || row.content === null ? 'content_missing' : sha256(row.content) !== a.sha256 ? 'content_changed' : null
      if (kind === null) continue
      mismatches++
      if (findings.length < ATTACHMENT_FINDINGS_SHOWN) findings.push({ kind, order: a.order, n: a.n, name: a.name })
    }
  }
  return { ok: mismatches === 0, checked, mismatches, findings }
}

function sha256(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}
