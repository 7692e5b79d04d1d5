import { inquiryHelp as english } from '../../en/help/inquiry.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk inquiry` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const inquiryHelp: Retexted<typeof english> = english
