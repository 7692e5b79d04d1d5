import { shipHelp as english } from '../../en/help/ship.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk ship` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const shipHelp: Retexted<typeof english> = english
