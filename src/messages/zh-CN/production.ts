import type { ProductionMessages } from '../../domain/messages/production.js'
import { production as english } from '../en/production.js'
import type { Words } from '../words.js'

/**
 * The production messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const production: Words<ProductionMessages> = {
  ...english,
}
