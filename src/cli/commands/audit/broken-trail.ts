import { RefusedError } from '../../../domain/errors.js'
import { msg } from '../../../domain/message.js'
import type { AuditReport } from '../../../read/audit.js'

/**
 * What `audit verify` refuses with (exit 4), the first that holds: the chain broken, the known
 * head not in it, the head another record saw cut off or rewritten, rows changed outside
 * orderdesk. Null when the trail and the desk are as recorded.
 */
export function brokenTrail(r: AuditReport): RefusedError | null {
  if (r.break) {
    return new RefusedError(msg('audit.broken', { reason: r.break.reason, verified: r.verified }), 'audit_broken', {
      kind: r.break.kind,
      id: r.break.id,
      action: r.break.action,
      ref: r.break.ref,
    })
  }
  if (r.knownHead && r.knownHead.id === null) {
    return new RefusedError(msg('audit.knownHeadMissing', { hash: r.knownHead.hash }), 'audit_broken', { kind: 'rewritten', hash: r.knownHead.hash })
  }
  return againstBroken(r) ?? documentsBroken(r) ?? attachmentsBroken(r) ?? stateBroken(r)
}

// issue 19: issued documents
/** Issued documents whose stored copy does not verify: the first named, the rest counted. */
function documentsBroken(r: AuditReport): RefusedError | null {
  if (!r.documents || r.documents.ok) return null
  const f = r.documents.findings[0]!
  return new RefusedError(msg('audit.documentTampered', { finding: f, mismatches: r.documents.mismatches }), 'audit_broken', {
    kind: f.kind,
    document: f.number,
    mismatches: r.documents.mismatches,
  })
}

// issue 19: records
/** Attachments whose bytes do not verify: the first named, the rest counted. */
function attachmentsBroken(r: AuditReport): RefusedError | null {
  if (!r.attachments || r.attachments.ok) return null
  const f = r.attachments.findings[0]!
  return new RefusedError(msg('audit.attachmentTampered', { finding: f, mismatches: r.attachments.mismatches }), 'audit_broken', {
    kind: f.kind,
    order: f.order,
    attachment: f.n,
    mismatches: r.attachments.mismatches,
  })
}

/** `--against`: the head event the file saw is gone (the chain ends before it) or has another hash. */
function againstBroken(r: AuditReport): RefusedError | null {
  if (r.against?.status === 'truncated') {
    const head = r.head?.id ?? 0
    return new RefusedError(msg('audit.cutShort', { source: r.against.source, id: r.against.id, head }), 'audit_truncated', { id: r.against.id, hash: r.against.hash, head })
  }
  if (r.against?.status === 'rewritten') {
    return new RefusedError(msg('audit.headRewritten', { source: r.against.source, id: r.against.id, hash: r.against.hash }), 'audit_broken', {
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
  return new RefusedError(msg('audit.changedOutside', { finding: f, mismatches: r.state.mismatches }), 'audit_broken', {
    kind: f.kind,
    table: f.table,
    key: f.key,
    mismatches: r.state.mismatches,
  })
}
