import { importHelp as english } from '../../en/help/import.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk import` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const importHelp: Retexted<typeof english> = english
