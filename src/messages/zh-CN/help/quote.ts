import { quoteHelp as english } from '../../en/help/quote.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk quote` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const quoteHelp: Retexted<typeof english> = english
