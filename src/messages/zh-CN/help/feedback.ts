import { feedbackHelp as english } from '../../en/help/feedback.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk feedback` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const feedbackHelp: Retexted<typeof english> = english
