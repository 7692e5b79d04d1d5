import { auditHelp as english } from '../../en/help/audit.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk audit` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const auditHelp: Retexted<typeof english> = english
