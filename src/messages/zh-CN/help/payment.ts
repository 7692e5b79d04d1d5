import { paymentHelp as english } from '../../en/help/payment.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk payment` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const paymentHelp: Retexted<typeof english> = english
