import { rootHelp as english } from '../../en/help/root.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const rootHelp: Retexted<typeof english> = english
