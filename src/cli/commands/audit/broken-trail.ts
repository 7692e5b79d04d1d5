import { RefusedError } from '../../../domain/errors.js'
import type { AuditReport } from '../../../read/audit.js'
import { findingText } from '../../../render/audit-report.js'

/**
 * What `audit verify` refuses with (exit 4), the first that holds: the chain broken, the known
 * head not in it, the head another record saw cut off or rewritten, rows changed outside
 * orderdesk. Null when the trail and the desk are as recorded.
 */
export function brokenTrail(r: AuditReport): RefusedError | null {
  if (r.break) {
    const before = r.verified === 1 ? 'the 1 event before it is intact' : `the ${r.verified} events before it are intact`
    return new RefusedError(`audit trail broken: ${r.break.reason}; ${before}`, 'audit_broken', { kind: r.break.kind, id: r.break.id, action: r.break.action, ref: r.break.ref })
  }
  if (r.knownHead && r.knownHead.id === null) {
    return new RefusedError(
      `audit trail rewritten: no event in the chain has the known head hash ${r.knownHead.hash} (the chain itself is consistent, so history up to that event was recomputed — or the hash is from another desk)`,
      'audit_broken',
      { kind: 'rewritten', hash: r.knownHead.hash },
    )
  }
  return againstBroken(r) ?? stateBroken(r)
}

/** `--against`: the head event the file saw is gone (the chain ends before it) or has another hash. */
function againstBroken(r: AuditReport): RefusedError | null {
  if (r.against?.status === 'truncated') {
    return new RefusedError(
      `audit trail cut short: ${r.against.source} saw event #${r.against.id}, but the chain ends at #${r.head?.id ?? 0} — events after it were removed`,
      'audit_truncated',
      { id: r.against.id, hash: r.against.hash, head: r.head?.id ?? 0 },
    )
  }
  if (r.against?.status === 'rewritten') {
    return new RefusedError(`audit trail rewritten: event #${r.against.id} no longer has the hash ${r.against.source} saw (${r.against.hash})`, 'audit_broken', {
      kind: 'rewritten',
      id: r.against.id,
      hash: r.against.hash,
    })
  }
  return null
}

/** Rows of the desk not as the chain sealed them: the first named, the rest counted. */
function stateBroken(r: AuditReport): RefusedError | null {
  if (!r.state || r.state.ok) return null
  const f = r.state.findings[0]!
  const more = r.state.mismatches > 1 ? `; ${r.state.mismatches} rows in all do not match the audit trail` : ''
  return new RefusedError(`desk changed outside orderdesk: ${findingText(f)}${more}`, 'audit_broken', { kind: f.kind, table: f.table, key: f.key, mismatches: r.state.mismatches })
}
