import { stockHelp as english } from '../../en/help/stock.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk stock` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const stockHelp: Retexted<typeof english> = english
