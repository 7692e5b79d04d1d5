import type { AuditMessages } from '../../domain/messages/audit.js'
import type { Words } from '../words.js'

/** The audit messages in English. */
export const audit: Words<AuditMessages> = {
}
