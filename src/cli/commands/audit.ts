import type { Command } from 'commander'
import { RefusedError, ValidationError } from '../../domain/errors.js'
import { verifyAudit, type AuditReport } from '../../services/verify-audit.js'
import { withSession } from '../context.js'

/** `audit verify`: walk the audit trail's hash chain; exit 4 at the first event edited, deleted or inserted. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail')

  audit
    .command('verify')
    .description('check the hash chain of every audit event; name the first event edited, deleted or inserted (exit 4)')
    .option('--known-head <hash>', 'a head hash kept from an earlier verify or backup: fail unless that event is still in the chain')
    .action(async (raw: { knownHead?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const knownHead = raw.knownHead?.trim().toLowerCase()
        if (knownHead !== undefined && !/^[0-9a-f]{64}$/.test(knownHead)) {
          throw new ValidationError('--known-head', raw.knownHead, 'must be a SHA-256 hash: 64 hex digits, as `audit verify` or `backup` printed it')
        }
        const r = await verifyAudit(s.store.db, { knownHead })
        s.out.result(reportJson(r), () => (r.ok ? okText(r) : ''))
        if (r.break) {
          const before = r.verified === 1 ? 'the 1 event before it is intact' : `the ${r.verified} events before it are intact`
          throw new RefusedError(`audit trail broken: ${r.break.reason}; ${before}`, 'audit_broken', {
            kind: r.break.kind,
            id: r.break.id,
            action: r.break.action,
            ref: r.break.ref,
          })
        }
        if (r.knownHead && r.knownHead.id === null) {
          throw new RefusedError(
            `audit trail rewritten: no event in the chain has the known head hash ${r.knownHead.hash} (the chain itself is consistent, so history up to that event was recomputed — or the hash is from another desk)`,
            'audit_broken',
            { kind: 'rewritten', hash: r.knownHead.hash },
          )
        }
        if (r.knownHead) s.out.note(`known head found: event #${r.knownHead.id}`)
        s.out.done(`audit trail intact: ${r.verified} event${r.verified === 1 ? '' : 's'} verified`)
      }, { access: 'read' }),
    )
}

function okText(r: AuditReport): string {
  if (!r.head) return 'audit trail: no events yet'
  return `audit trail: ${r.verified} event${r.verified === 1 ? '' : 's'}, chain intact\nhead: #${r.head.id} ${r.head.at} ${r.head.hash}`
}

function reportJson(r: AuditReport) {
  return {
    ok: r.ok,
    verified: r.verified,
    head: r.head,
    break: r.break,
    knownHead: r.knownHead,
  }
}
