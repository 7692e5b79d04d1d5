import type { MasterMessages } from '../../domain/messages/master.js'
import { master as english } from '../en/master.js'
import type { Words } from '../words.js'

/**
 * The master messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const master: Words<MasterMessages> = {
  ...english,
}
