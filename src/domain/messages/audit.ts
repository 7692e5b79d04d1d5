/** The parameters of the audit messages: each key a message, each value what its words need. */
export interface AuditMessages {
}
