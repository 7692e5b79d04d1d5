import { complaintHelp as english } from '../../en/help/complaint.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk complaint` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const complaintHelp: Retexted<typeof english> = english
