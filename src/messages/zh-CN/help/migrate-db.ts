import { migrateDbHelp as english } from '../../en/help/migrate-db.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk migrate-db` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const migrateDbHelp: Retexted<typeof english> = english
