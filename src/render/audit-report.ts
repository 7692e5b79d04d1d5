import type { AuditReport, StateFinding } from '../read/audit.js'

/** `audit verify --json`: the report, its keys in this order. */
export function auditJson(r: AuditReport) {
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

/** `audit verify` on stdout: the intact chain and its head, or the rows that do not match (a broken chain says it on stderr). */
export function auditText(r: AuditReport): string {
  return r.ok ? intactText(r) : findingsText(r)
}

function intactText(r: AuditReport): string {
  const rows = r.state ? `\nrows: ${r.state.rows} checked against the chain, all as recorded` : ''
  if (!r.head) return `audit trail: no events yet${rows}`
  return `audit trail: ${r.verified} event${r.verified === 1 ? '' : 's'}, chain intact\nhead: #${r.head.id} ${r.head.at} ${r.head.hash}${rows}`
}

/** The rows that do not match, one a line, when only the state is wrong. */
function findingsText(r: AuditReport): string {
  if (!r.state || r.state.ok || r.break) return ''
  const lines = r.state.findings.map((f) => `  ${findingText(f)}`)
  const rest = r.state.mismatches - r.state.findings.length
  if (rest > 0) lines.push(`  … and ${rest} more`)
  return `rows changed outside orderdesk (${r.state.mismatches} of ${r.state.rows}):\n${lines.join('\n')}`
}

/** One row not as the chain sealed it, and how. */
export function findingText(f: StateFinding): string {
  const ev = f.event ? `event #${f.event.id} (${f.event.action} ${f.event.ref})` : ''
  if (f.kind === 'row_changed') return `${rowName(f)} was changed: it no longer matches what ${ev} recorded`
  if (f.kind === 'row_added') return `${rowName(f)} was added: no audit event recorded it`
  if (f.kind === 'row_overwritten') return `${rowName(f)} had been changed, added or removed outside orderdesk before ${ev} wrote it`
  return `${rowName(f)} was removed: ${ev} recorded it`
}

function rowName(f: StateFinding): string {
  return `${f.table} row ${f.key}${f.label && f.label !== f.key ? ` (${f.label})` : ''}`
}
