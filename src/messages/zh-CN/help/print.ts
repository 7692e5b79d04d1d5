import { printHelp as english } from '../../en/help/print.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk print` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const printHelp: Retexted<typeof english> = english
