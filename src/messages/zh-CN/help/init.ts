import { initHelp as english } from '../../en/help/init.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk init` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const initHelp: Retexted<typeof english> = english
