// What a walk of the audit chain found (`audit verify`, and `migrate-db` on its copy): the
// report's shape lives with the state check and known head it is made of, so the read side
// and its screens can name it without the use case that walks the chain.
import type { Msg } from '../domain/message.js'
import type { BreakKey } from '../domain/messages/audit.js'
import type { DocumentsReport } from './audit-documents.js'
import type { AttachmentsReport } from './audit-attachments.js'
import type { StateReport } from './audit-state.js'
import type { KnownHead } from './known-head.js'

/** What broke the chain first. */
export interface AuditBreak {
  /** `edited`: the event's content no longer matches its hash (or it was re-hashed and the next no longer links to it);
   *  `deleted`: events are missing; `inserted`: an event was put into the chain afterwards;
   *  `reordered`: intact events stand at each other's ids (swapped or moved). */
  kind: 'edited' | 'deleted' | 'inserted' | 'reordered'
  /** The first event edited, deleted or inserted. */
  id: number
  /** Its action, ref, actor and time (null for a deleted event: its content is gone). */
  action: string | null
  ref: string | null
  actor: string | null
  at: string | null
  /** For `deleted`: the ids that are missing. */
  missing: { from: number; to: number } | null
  /** The event after the break, where the chain goes on (null at the end). */
  next: { id: number; action: string; ref: string } | null
  /** For `reordered`: the id of the event that belongs at `id` (null for the other kinds). */
  swappedWith: number | null
  /** One sentence for the person reading it, as key and values (worded by render: English in `--json`). */
  reason: Msg<BreakKey>
}

export interface AuditReport {
  ok: boolean
  /** Events whose hash and link verified (all of them when ok). */
  verified: number
  /** The last event of the chain as verified (null on an empty trail). */
  head: { id: number; hash: string; at: string } | null
  break: AuditBreak | null
  /** With `knownHead`: where that event is in the verified chain (id null: it is not — history was rewritten). */
  knownHead: { hash: string; id: number | null } | null
  /**
   * With `against`: the head event another record (a status report's JSON, a backup) saw —
   * `found` when the chain still has it, `truncated` when the chain ends before it, `rewritten`
   * when the event at that id has another hash.
   */
  against: (KnownHead & { status: 'found' | 'truncated' | 'rewritten' }) | null
  /** The desk's rows checked against the seals the chain holds for them (null when the chain itself is broken). */
  state: StateReport | null
  // issue 19: issued documents
  /** The issued documents' stored copies checked against their hashes and the chain's (null when the chain itself is broken). */
  documents: DocumentsReport | null
  // issue 19: records
  /** Every attachment's bytes hashed again against its sealed SHA-256 (null when the chain itself is broken). */
  attachments: AttachmentsReport | null
}
