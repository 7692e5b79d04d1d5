import { customerHelp as english } from '../../en/help/customer.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk customer` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const customerHelp: Retexted<typeof english> = english
