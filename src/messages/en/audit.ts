import type { AttachmentFinding, AuditMessages, DocumentFinding, EventNamed, RowFinding } from '../../domain/messages/audit.js'
import { say } from '../../domain/message.js'
import type { Words } from '../words.js'

/** `event #6 (payment.record 26-00001, wu, 2026-11-26T10:00:00.000Z)` */
const named = (e: EventNamed) => `event #${e.id} (${e.action} ${e.ref}, ${e.actor}, ${e.at})`

/** `the event at #5 (payment.record 26-00001, wu, …)` */
const namedAt = (e: EventNamed) => `the event at #${e.id} (${e.action} ${e.ref}, ${e.actor}, ${e.at})`

/** `orders row 5 (26-00001)`: a row by its table and key, and what names it for a person. */
const rowName = (f: RowFinding) => `${f.table} row ${f.key}${f.label && f.label !== f.key ? ` (${f.label})` : ''}`

/** One row not as the chain sealed it, and how. */
function finding(f: RowFinding): string {
  const ev = f.event ? `event #${f.event.id} (${f.event.action} ${f.event.ref})` : ''
  if (f.kind === 'row_changed') return `${rowName(f)} was changed: it no longer matches what ${ev} recorded`
  if (f.kind === 'row_added') return `${rowName(f)} was added: no audit event recorded it`
  if (f.kind === 'row_overwritten') return `${rowName(f)} had been changed, added or removed outside orderdesk before ${ev} wrote it`
  return `${rowName(f)} was removed: ${ev} recorded it`
}

const events = (n: number) => `${n} event${n === 1 ? '' : 's'}`

/** The audit messages in English. */
// issue 19: issued documents
/** What is wrong with an issued document's stored copy. */
function documentFinding(f: DocumentFinding): string {
  const what =
    f.kind === 'content_changed'
      ? 'its stored copy no longer matches its SHA-256'
      : f.kind === 'hash_differs'
        ? "its stored SHA-256 is not the one the issuing step's audit event recorded"
        : 'no audit event records issuing it'
  return `document ${f.number} (${f.form}): ${what}`
}

// issue 19: records
/** What is wrong with an attachment's stored bytes. */
function attachmentFinding(f: AttachmentFinding): string {
  const what = f.kind === 'content_changed' ? 'its stored bytes no longer match its SHA-256' : 'its stored bytes are gone'
  return `attachment #${f.n} of order ${f.order} (${f.name}): ${what}`
}

export const audit: Words<AuditMessages> = {
  'audit.handSealed': (p) => `${named(p.event)} holds a record of the rows it wrote that orderdesk did not write: it was made by hand`,
  'audit.edited': (p) => `${named(p.event)} does not match its hash: it was edited after it was written${p.last ? ' (the last event: edited, or added by hand)' : ''}`,
  'audit.insertedBetween': (p) => `${named(p.event)} was inserted: the next event #${p.next} links to #${p.linksTo}`,
  'audit.insertedBefore': (p) => `${named(p.event)} was inserted: event #${p.linkedBy} links to #${p.linksTo}, before it`,
  'audit.notFirst': (p) => `${named(p.event)} was edited: it no longer starts the chain`,
  'audit.rehashed': (p) => `${named(p.event)} was edited and its hash recomputed: the next event #${p.next} no longer links to it`,
  'audit.deleted': (p) => {
    const which = p.from === p.to ? `event #${p.from} was deleted` : `events #${p.from} to #${p.to} were deleted`
    return p.next ? `${which}: the chain goes on at ${named(p.next)}` : `${which}: the trail ends early`
  },
  'audit.swapped': (p) =>
    `events #${p.row.id} and #${p.belongs.id} were swapped: ${namedAt(p.belongs)} links to #${p.linksTo}, so it belongs at #${p.row.id}, and ${namedAt(p.row)} belongs at #${p.belongs.id}`,
  'audit.moved': (p) => `events were moved: ${namedAt(p.belongs)} links to #${p.linksTo}, so it belongs at #${p.row.id}, where ${namedAt(p.row)} stands`,
  'audit.sealedUnreadable': () => 'the record of the rows this event wrote cannot be read',

  'audit.againstFolder': () => 'is a folder; name a status report (JSON) or a backup file',
  'audit.cannotRead': (p) => `cannot read ${p.file}: ${p.said}`,
  'audit.againstNotJson': () => 'is neither a backup nor JSON (give the file `report status --json` or `backup --json` wrote, or a backup)',
  'audit.againstNoHead': () => 'has no audit head: expected `auditHead` (report status --json, backup --json), `lastEvent` or `head`: {id, hash}',
  'audit.cannotOpenBackup': (p) => `cannot open the backup ${p.file}: ${p.said}`,
  'audit.backupNoEvents': () => 'is a desk with no audit events',
  'audit.notABackup': (p) => `is not an orderdesk backup (${p.said})`,
  'audit.knownHeadRule': () => 'must be a SHA-256 hash: 64 hex digits, as `audit verify` or `backup` printed it',

  'audit.noEvents': () => 'audit trail: no events yet',
  'audit.chainIntact': (p) => `audit trail: ${events(p.verified)}, chain intact`,
  'audit.head': (p) => `head: #${p.id} ${p.at} ${p.hash}`,
  'audit.rowsChecked': (p) => `rows: ${p.rows} checked against the chain, all as recorded`,
  'audit.rowsChangedOutside': (p) => `rows changed outside orderdesk (${p.mismatches} of ${p.rows}):`,
  'audit.andMore': (p) => `… and ${p.count} more`,
  'audit.finding': (p) => finding(p.finding),
  'audit.knownHeadFound': (p) => `known head found: event #${p.id}`,
  'audit.againstFound': (p) => `head seen by ${p.source} found: event #${p.id}`,
  'audit.intact': (p) => `audit trail intact: ${events(p.verified)} verified`,

  'audit.broken': (p) =>
    `audit trail broken: ${say(p.reason)}; ${p.verified === 1 ? 'the 1 event before it is intact' : `the ${p.verified} events before it are intact`}`,
  'audit.knownHeadMissing': (p) =>
    `audit trail rewritten: no event in the chain has the known head hash ${p.hash} (the chain itself is consistent, so history up to that event was recomputed — or the hash is from another desk)`,
  'audit.cutShort': (p) => `audit trail cut short: ${p.source} saw event #${p.id}, but the chain ends at #${p.head} — events after it were removed`,
  'audit.headRewritten': (p) => `audit trail rewritten: event #${p.id} no longer has the hash ${p.source} saw (${p.hash})`,
  'audit.changedOutside': (p) =>
    `desk changed outside orderdesk: ${finding(p.finding)}${p.mismatches > 1 ? `; ${p.mismatches} rows in all do not match the audit trail` : ''}`,

  // issue 19: issued documents
  'audit.documentsChecked': (p) => `documents: ${p.documents} issued document${p.documents === 1 ? '' : 's'} checked against ${p.documents === 1 ? 'its' : 'their'} SHA-256 in the chain, all as issued`,
  'audit.documentsChanged': (p) => `issued documents that do not verify (${p.mismatches} of ${p.documents}):`,
  'audit.documentFinding': (p) => documentFinding(p.finding),
  'audit.documentTampered': (p) =>
    `issued document changed: ${documentFinding(p.finding)}${p.mismatches > 1 ? `; ${p.mismatches} stored documents in all do not verify` : ''}`,

  // issue 19: records
  'audit.attachmentsChecked': (p) => `attachments: ${p.attachments} file${p.attachments === 1 ? '' : 's'} hashed again against ${p.attachments === 1 ? 'its' : 'their'} SHA-256 in the chain, all as attached`,
  'audit.attachmentsChanged': (p) => `attachments that do not verify (${p.mismatches} of ${p.attachments}):`,
  'audit.attachmentFinding': (p) => attachmentFinding(p.finding),
  'audit.attachmentTampered': (p) =>
    `attachment changed: ${attachmentFinding(p.finding)}${p.mismatches > 1 ? `; ${p.mismatches} attachments in all do not verify` : ''}`,
}
