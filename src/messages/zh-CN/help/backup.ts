import { backupHelp as english } from '../../en/help/backup.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk backup` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const backupHelp: Retexted<typeof english> = english
