import { changeHelp as english } from '../../en/help/change.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk change` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const changeHelp: Retexted<typeof english> = english
