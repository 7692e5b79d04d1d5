/** What `audit verify` shows: the report of a walk of the audit chain, and the rows found not as it sealed them. */
export type { AuditReport } from '../store/audit-report.js'
export type { StateFinding } from '../store/audit-state.js'
