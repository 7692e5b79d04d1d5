import type { StockMessages } from '../../domain/messages/stock.js'
import { stock as english } from '../en/stock.js'
import type { Words } from '../words.js'

/**
 * The stock messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const stock: Words<StockMessages> = {
  ...english,
}
