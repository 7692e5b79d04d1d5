import { english, tr } from '../messages/index.js'
import type { AuditReport } from '../read/audit.js'

/** `audit verify --json`: the report, its keys in this order; the break's reason in English, as scripts read it in every language. */
export function auditJson(r: AuditReport) {
  return {
    ok: r.ok,
    verified: r.verified,
    head: r.head,
    break: r.break ? { ...r.break, reason: english(r.break.reason) } : null,
    knownHead: r.knownHead,
    against: r.against,
    state: r.state,
    documents: r.documents,
    attachments: r.attachments,
  }
}

/** `audit verify` on stdout: the intact chain and its head, or the rows that do not match (a broken chain says it on stderr). */
export function auditText(r: AuditReport): string {
  return r.ok ? intactText(r) : findingsText(r)
}

function intactText(r: AuditReport): string {
  const rows = r.state ? `\n${tr('audit.rowsChecked', { rows: r.state.rows })}` : ''
  // a desk with no stored documents (yet) prints as it did before they existed
  const documents = r.documents && r.documents.checked > 0 ? `\n${tr('audit.documentsChecked', { documents: r.documents.checked })}` : ''
  // issue 19: records (likewise a desk with no attachments)
  const attachments = r.attachments && r.attachments.checked > 0 ? `\n${tr('audit.attachmentsChecked', { attachments: r.attachments.checked })}` : ''
  if (!r.head) return `${tr('audit.noEvents')}${rows}${documents}${attachments}`
  return `${tr('audit.chainIntact', { verified: r.verified })}\n${tr('audit.head', r.head)}${rows}${documents}${attachments}`
}

/** The rows that do not match, one a line, when only the state is wrong. */
function findingsText(r: AuditReport): string {
  if (r.break) return ''
  return [rowFindingsText(r), documentFindingsText(r), attachmentFindingsText(r)].filter(Boolean).join('\n')
}

// issue 19: issued documents
/** The stored copies that do not verify, one a line. */
function documentFindingsText(r: AuditReport): string {
  if (!r.documents || r.documents.ok) return ''
  const lines = r.documents.findings.map((finding) => `  ${tr('audit.documentFinding', { finding })}`)
  const rest = r.documents.mismatches - r.documents.findings.length
  if (rest > 0) lines.push(`  ${tr('audit.andMore', { count: rest })}`)
  return `${tr('audit.documentsChanged', { mismatches: r.documents.mismatches, documents: r.documents.checked })}\n${lines.join('\n')}`
}

function rowFindingsText(r: AuditReport): string {
  if (!r.state || r.state.ok) return ''
  const lines = r.state.findings.map((finding) => `  ${tr('audit.finding', { finding })}`)
  const rest = r.state.mismatches - r.state.findings.length
  if (rest > 0) lines.push(`  ${tr('audit.andMore', { count: rest })}`)
  return `${tr('audit.rowsChangedOutside', { mismatches: r.state.mismatches, rows: r.state.rows })}\n${lines.join('\n')}`
}

// issue 19: records
/** The attachments whose bytes do not verify, one a line. */
function attachmentFindingsText(r: AuditReport): string {
  if (!r.attachments || r.attachments.ok) return ''
  const lines = r.attachments.findings.map((finding) => `  ${tr('audit.attachmentFinding', { finding })}`)
  const rest = r.attachments.mismatches - r.attachments.findings.length
  if (rest > 0) lines.push(`  ${tr('audit.andMore', { count: rest })}`)
  return `${tr('audit.attachmentsChanged', { mismatches: r.attachments.mismatches, attachments: r.attachments.checked })}\n${lines.join('\n')}`
}
