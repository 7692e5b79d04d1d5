import { productHelp as english } from '../../en/help/product.js'
import type { Retexted } from '../../help-entry.js'

/**
 * The help of `orderdesk product` in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const productHelp: Retexted<typeof english> = english
