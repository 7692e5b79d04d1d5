import type { OrderMessages } from '../../domain/messages/order.js'
import { order as english } from '../en/order.js'
import type { Words } from '../words.js'

/**
 * The order messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const order: Words<OrderMessages> = {
  ...english,
}
