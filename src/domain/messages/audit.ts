import type { Msg } from '../message.js'

/** An audit event as a break names it: `event #6 (payment.record 26-00001, wu, 2026-11-26T10:00:00.000Z)`. */
export interface EventNamed {
  id: number
  action: string
  ref: string
  actor: string
  at: string
}

/** A row of the desk that is not as the audit chain's last seal for it says (`audit verify`'s state check). */
export interface RowFinding {
  /**
   * `row_changed`: its content differs from its seal; `row_added`: no event sealed it;
   * `row_deleted`: sealed, but gone; `row_overwritten`: an orderdesk command found it other than
   * the chain's last seal for it (changed, added or removed outside orderdesk) and wrote over it.
   */
  kind: 'row_changed' | 'row_added' | 'row_deleted' | 'row_overwritten'
  table: string
  /** The row's key (its id, or a setting's key), as text. */
  key: string
  /** What names it for a person (order number, sku, user name), when the table has such a column and the row is there. */
  label: string | null
  /** The event whose seal it no longer matches (null for `row_added`); for `row_overwritten`, the event that wrote over it. */
  event: { id: number; action: string; ref: string } | null
}

/** The message of a break in the chain: one of the sentences below, for the first event the check stops at. */
export type BreakKey = 'audit.handSealed' | 'audit.edited' | 'audit.insertedBetween' | 'audit.insertedBefore' | 'audit.notFirst' | 'audit.rehashed' | 'audit.deleted' | 'audit.swapped' | 'audit.moved'

/**
 * The parameters of the audit messages: each key a message, each value what its words need.
 * The breaks (`audit.edited` …) are the one sentence `audit verify` gives for the first event
 * the chain's check stops at; `linksTo` is the id of the event the named one links to.
 */
export interface AuditMessages {
  'audit.handSealed': { event: EventNamed }
  'audit.edited': { event: EventNamed; last: boolean }
  'audit.insertedBetween': { event: EventNamed; next: number; linksTo: number }
  'audit.insertedBefore': { event: EventNamed; linkedBy: number; linksTo: number }
  'audit.notFirst': { event: EventNamed }
  'audit.rehashed': { event: EventNamed; next: number }
  'audit.deleted': { from: number; to: number; next: EventNamed | null }
  'audit.swapped': { row: EventNamed; belongs: EventNamed; linksTo: number }
  'audit.moved': { row: EventNamed; belongs: EventNamed; linksTo: number }
  /** `events.sealed` that the program did not write. */
  'audit.sealedUnreadable': Record<string, never>

  // --against <file>: the head another record saw
  'audit.againstFolder': Record<string, never>
  'audit.cannotRead': { file: string; said: string }
  'audit.againstNotJson': Record<string, never>
  'audit.againstNoHead': Record<string, never>
  'audit.cannotOpenBackup': { file: string; said: string }
  'audit.backupNoEvents': Record<string, never>
  'audit.notABackup': { said: string }
  /** `--known-head` that is not a SHA-256 hash. */
  'audit.knownHeadRule': Record<string, never>

  // audit verify: what it says (stdout, the notes and the done line on stderr)
  'audit.noEvents': Record<string, never>
  'audit.chainIntact': { verified: number }
  'audit.head': { id: number; at: string; hash: string }
  /** Every row of the desk checked against the chain, all as recorded. */
  'audit.rowsChecked': { rows: number }
  /** The heading of the rows that do not match (`mismatches` of `rows` checked). */
  'audit.rowsChangedOutside': { mismatches: number; rows: number }
  /** After the rows shown: how many more do not match. */
  'audit.andMore': { count: number }
  /** One row not as the chain sealed it, and how. */
  'audit.finding': { finding: RowFinding }
  'audit.knownHeadFound': { id: number }
  'audit.againstFound': { source: string; id: number }
  'audit.intact': { verified: number }

  // audit verify refuses (exit 4)
  /** The chain is broken (`reason`: the break's sentence); `verified` events before it are intact. */
  'audit.broken': { reason: Msg<BreakKey>; verified: number }
  /** `--known-head`: no event of the chain has that hash. */
  'audit.knownHeadMissing': { hash: string }
  /** `--against`: the file saw event `id`, the chain ends at `head`. */
  'audit.cutShort': { source: string; id: number; head: number }
  /** `--against`: the event at `id` no longer has the hash the file saw. */
  'audit.headRewritten': { source: string; id: number; hash: string }
  /** Rows changed outside orderdesk: the first, and how many in all. */
  'audit.changedOutside': { finding: RowFinding; mismatches: number }

  // issue 19: issued documents
  /** After the rows: how many issued documents' stored copies verified. */
  'audit.documentsChecked': { documents: number }
  /** Stored copies that do not verify (`mismatches` of `documents`), before the list of them. */
  'audit.documentsChanged': { mismatches: number; documents: number }
  /** One stored copy that does not verify, and how. */
  'audit.documentFinding': { finding: DocumentFinding }
  /** audit verify refuses (exit 4): a stored copy does not verify; the first, and how many in all. */
  'audit.documentTampered': { finding: DocumentFinding; mismatches: number }

  // issue 19: records
  /** After the documents: how many attachments' bytes were hashed again, all as recorded. */
  'audit.attachmentsChecked': { attachments: number }
  /** Attachments whose bytes do not verify (`mismatches` of `attachments`), before the list of them. */
  'audit.attachmentsChanged': { mismatches: number; attachments: number }
  /** One attachment whose bytes do not verify, and how. */
  'audit.attachmentFinding': { finding: AttachmentFinding }
  /** audit verify refuses (exit 4): an attachment's bytes do not verify; the first, and how many in all. */
  'audit.attachmentTampered': { finding: AttachmentFinding; mismatches: number }
}

// issue 19: issued documents
/** An issued document's stored copy that does not verify. */
export interface DocumentFinding {
  /**
   * `content_changed`: the content no longer hashes to its stored SHA-256; `hash_differs`: the
   * stored SHA-256 is not the one the issuing step's audit event recorded; `not_issued`: no
   * event of the chain records issuing it.
   */
  kind: 'content_changed' | 'hash_differs' | 'not_issued'
  /** The document's number (`26-00001-CT2`). */
  number: string
  /** Its form (`contract`, ...). */
  form: string
}

// issue 19: records
/** An attachment whose stored bytes do not verify. */
export interface AttachmentFinding {
  /** `content_changed`: the bytes no longer hash to the SHA-256 sealed with the attachment; `content_missing`: its bytes are gone. */
  kind: 'content_changed' | 'content_missing'
  /** The order it is kept with (`26-00001`). */
  order: string
  /** Its number within the order (`#1`). */
  n: number
  /** Its file name. */
  name: string
}
