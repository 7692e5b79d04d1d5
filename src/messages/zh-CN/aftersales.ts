import type { AftersalesMessages } from '../../domain/messages/aftersales.js'
import { aftersales as english } from '../en/aftersales.js'
import type { Words } from '../words.js'

/**
 * The aftersales messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const aftersales: Words<AftersalesMessages> = {
  ...english,
}
