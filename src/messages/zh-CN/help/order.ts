import { orderHelp as english } from '../../en/help/order.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk order` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const orderHelp: Retexted<typeof english> = english
