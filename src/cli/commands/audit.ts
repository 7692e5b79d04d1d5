import type { Command } from 'commander'
import { RefusedError, ValidationError } from '../../domain/errors.js'
import { verifyAudit, type AuditReport, type StateFinding } from '../../services/verify-audit.js'
import { withSession } from '../context.js'

/** `audit verify`: walk the audit trail's hash chain; exit 4 at the first event edited, deleted or inserted. */
export function registerAudit(program: Command): void {
  const audit = program.command('audit').description('the tamper-evident audit trail')

  audit
    .command('verify')
    .description('check the hash chain of every audit event and every row of the desk against it; name the first event edited, deleted, inserted or moved, and the rows changed outside orderdesk (exit 4)')
    .option('--known-head <hash>', 'a head hash kept from an earlier verify or backup: fail unless that event is still in the chain')
    .option('--against <file>', 'a status report (report status --json), a backup --json output, or a backup file: fail unless the head event it saw is still in the chain (exit 4, audit_truncated when the chain ends before it)')
    .action(async (raw: { knownHead?: string; against?: string }, cmd: Command) =>
      withSession(cmd, async (s) => {
        const knownHead = raw.knownHead?.trim().toLowerCase()
        if (knownHead !== undefined && !/^[0-9a-f]{64}$/.test(knownHead)) {
          throw new ValidationError('--known-head', raw.knownHead, 'must be a SHA-256 hash: 64 hex digits, as `audit verify` or `backup` printed it')
        }
        const r = await verifyAudit(s.store.db, { knownHead, againstFile: raw.against })
        s.out.result(reportJson(r), () => (r.ok ? okText(r) : findingsText(r)))
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
        if (r.against?.status === 'truncated') {
          throw new RefusedError(
            `audit trail cut short: ${r.against.source} saw event #${r.against.id}, but the chain ends at #${r.head?.id ?? 0} — events after it were removed`,
            'audit_truncated',
            { id: r.against.id, hash: r.against.hash, head: r.head?.id ?? 0 },
          )
        }
        if (r.against?.status === 'rewritten') {
          throw new RefusedError(
            `audit trail rewritten: event #${r.against.id} no longer has the hash ${r.against.source} saw (${r.against.hash})`,
            'audit_broken',
            { kind: 'rewritten', id: r.against.id, hash: r.against.hash },
          )
        }
        if (r.state && !r.state.ok) {
          const f = r.state.findings[0]!
          const more = r.state.mismatches > 1 ? `; ${r.state.mismatches} rows in all do not match the audit trail` : ''
          throw new RefusedError(`desk changed outside orderdesk: ${findingText(f)}${more}`, 'audit_broken', {
            kind: f.kind,
            table: f.table,
            key: f.key,
            mismatches: r.state.mismatches,
          })
        }
        if (r.knownHead) s.out.note(`known head found: event #${r.knownHead.id}`)
        if (r.against) s.out.note(`head seen by ${r.against.source} found: event #${r.against.id}`)
        s.out.done(`audit trail intact: ${r.verified} event${r.verified === 1 ? '' : 's'} verified`)
      }, { access: 'read' }),
    )
}

function okText(r: AuditReport): string {
  const rows = r.state ? `\nrows: ${r.state.rows} checked against the chain, all as recorded` : ''
  if (!r.head) return `audit trail: no events yet${rows}`
  return `audit trail: ${r.verified} event${r.verified === 1 ? '' : 's'}, chain intact\nhead: #${r.head.id} ${r.head.at} ${r.head.hash}${rows}`
}

/** The rows that do not match, one a line (stdout), when only the state is wrong. */
function findingsText(r: AuditReport): string {
  if (!r.state || r.state.ok || r.break) return ''
  const lines = r.state.findings.map((f) => `  ${findingText(f)}`)
  const rest = r.state.mismatches - r.state.findings.length
  if (rest > 0) lines.push(`  … and ${rest} more`)
  return `rows changed outside orderdesk (${r.state.mismatches} of ${r.state.rows}):\n${lines.join('\n')}`
}

function rowName(f: StateFinding): string {
  return `${f.table} row ${f.key}${f.label && f.label !== f.key ? ` (${f.label})` : ''}`
}

function findingText(f: StateFinding): string {
  const ev = f.event ? `event #${f.event.id} (${f.event.action} ${f.event.ref})` : ''
  if (f.kind === 'row_changed') return `${rowName(f)} was changed: it no longer matches what ${ev} recorded`
  if (f.kind === 'row_added') return `${rowName(f)} was added: no audit event recorded it`
  if (f.kind === 'row_overwritten') return `${rowName(f)} had been changed, added or removed outside orderdesk before ${ev} wrote it`
  return `${rowName(f)} was removed: ${ev} recorded it`
}

function reportJson(r: AuditReport) {
  return {
    ok: r.ok,
    verified: r.verified,
    head: r.head,
    break: r.break,
    knownHead: r.knownHead,
    against: r.against,
    state: r.state,
  }
}
