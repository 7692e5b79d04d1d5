import { invoiceHelp as english } from '../../en/help/invoice.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk invoice` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const invoiceHelp: Retexted<typeof english> = english
