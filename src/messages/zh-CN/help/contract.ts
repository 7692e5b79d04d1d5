import { contractHelp as english } from '../../en/help/contract.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk contract` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const contractHelp: Retexted<typeof english> = english
