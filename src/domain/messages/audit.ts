/** An audit event as a break names it: `event #6 (payment.record 26-00001, wu, 2026-11-26T10:00:00.000Z)`. */
export interface EventNamed {
  id: number
  action: string
  ref: string
  actor: string
  at: string
}

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
}
