import { reportHelp as english } from '../../en/help/report.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk report` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const reportHelp: Retexted<typeof english> = english
