/** What `migrate-db` shows of a copy: the rows of each table in the source and the target, and the audit chain verified there. */
export interface DeskCopySummary {
  tables: readonly { name: string; source: number; target: number }[]
  audit: { verified: number; head: { id: number; hash: string } | null }
}

/** `migrate-db` on stdout: a line a table (source and target counts side by side), then the audit chain. */
export function deskCopyText(r: DeskCopySummary): string {
  return [
    `${'table'.padEnd(20)} ${'source'.padStart(9)} ${'target'.padStart(9)}`,
    ...r.tables.map((t) => `${t.name.padEnd(20)} ${String(t.source).padStart(9)} ${String(t.target).padStart(9)}`),
    `audit trail: ${r.audit.verified} events, chain intact${r.audit.head ? `; head #${r.audit.head.id} ${r.audit.head.hash} (as in the source)` : ''}`,
  ].join('\n')
}
