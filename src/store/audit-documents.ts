import type { Kysely } from 'kysely'
import type { DocumentFinding } from '../domain/messages/audit.js'
import { contentHash, documentCopiesAfter } from './queries/document-copies.js'
import type { Database, EventRow } from './schema.js'

/**
 * `audit verify` on the issued documents' stored copies (issue 19 §1): each copy's content must
 * hash to the SHA-256 stored with it, and that must be the hash the issuing step's audit event
 * recorded for it (`data.documents`). The row seals catch a copy changed outside orderdesk
 * too; this names the document and says which of the two no longer holds.
 */
export interface DocumentsReport {
  ok: boolean
  /** Stored copies checked. */
  checked: number
  /** Copies that do not verify, all of them counted. */
  mismatches: number
  /** The first of them (at most `DOCUMENT_FINDINGS_SHOWN`), in the order they were stored. */
  findings: DocumentFinding[]
}

export const DOCUMENT_FINDINGS_SHOWN = 20

/** The hashes the audit events recorded for the documents they issued, by document number, filled while the chain is walked. */
export class IssuedHashes {
  private readonly byNumber = new Map<string, string>()

  /** Notes what a verified event says it issued. */
  record(e: Pick<EventRow, 'data'>): void {
    if (!e.data || !e.data.includes('"documents":')) return
    let data: { documents?: unknown }
    try {
      data = JSON.parse(e.data) as { documents?: unknown }
    } catch {
      return
    }
    if (!Array.isArray(data.documents)) return
    for (const d of data.documents as { number?: unknown; sha256?: unknown }[]) {
      if (typeof d?.number === 'string' && typeof d.sha256 === 'string') this.byNumber.set(d.number, d.sha256)
    }
  }

  of(number: string): string | undefined {
    return this.byNumber.get(number)
  }
}

/** Checks every stored copy against its own hash and the issuing event's. */
export async function checkDocuments(db: Kysely<Database>, issued: IssuedHashes, pageSize = 500): Promise<DocumentsReport> {
  const findings: DocumentFinding[] = []
  let checked = 0
  let mismatches = 0
  for (let after = 0; ; ) {
    const page = await documentCopiesAfter(db, after, pageSize)
    if (page.length === 0) break
    after = page[page.length - 1]!.id
    for (const c of page) {
      checked++
      const recorded = issued.of(c.number)
      const kind: DocumentFinding['kind'] | null =
        contentHash(c.content) !== c.sha256 ? 'content_changed' : recorded === undefined ? 'not_issued' : recorded !== c.sha256 ? 'hash_differs' : null
      if (kind === null) continue
      mismatches++
      if (findings.length < DOCUMENT_FINDINGS_SHOWN) findings.push({ kind, number: c.number, form: c.form })
    }
  }
  return { ok: mismatches === 0, checked, mismatches, findings }
}
