import type { AuditMessages, EventNamed } from '../../domain/messages/audit.js'
import type { Words } from '../words.js'

/** `event #6 (payment.record 26-00001, wu, 2026-11-26T10:00:00.000Z)` */
const named = (e: EventNamed) => `event #${e.id} (${e.action} ${e.ref}, ${e.actor}, ${e.at})`

/** `the event at #5 (payment.record 26-00001, wu, …)` */
const namedAt = (e: EventNamed) => `the event at #${e.id} (${e.action} ${e.ref}, ${e.actor}, ${e.at})`

/** The audit messages in English. */
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
}
