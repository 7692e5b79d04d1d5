import { settingsHelp as english } from '../../en/help/settings.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk settings` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const settingsHelp: Retexted<typeof english> = english
