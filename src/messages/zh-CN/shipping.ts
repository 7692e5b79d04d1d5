import type { ShippingMessages } from '../../domain/messages/shipping.js'
import { shipping as english } from '../en/shipping.js'
import type { Words } from '../words.js'

/**
 * The shipping messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const shipping: Words<ShippingMessages> = {
  ...english,
}
