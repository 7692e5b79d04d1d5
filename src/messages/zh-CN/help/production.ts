import { productionHelp as english } from '../../en/help/production.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk production` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const productionHelp: Retexted<typeof english> = english
