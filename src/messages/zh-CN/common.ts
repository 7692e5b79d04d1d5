import type { CommonMessages } from '../../domain/messages/common.js'
import { common as english } from '../en/common.js'
import type { Words } from '../words.js'

/**
 * The common messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const common: Words<CommonMessages> = {
  ...english,
}
