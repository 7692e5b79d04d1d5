import type { AuditMessages } from '../../domain/messages/audit.js'
import { audit as english } from '../en/audit.js'
import type { Words } from '../words.js'

/**
 * The audit messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const audit: Words<AuditMessages> = {
  ...english,
}
