import { userHelp as english } from '../../en/help/user.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk user` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const userHelp: Retexted<typeof english> = english
