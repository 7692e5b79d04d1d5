import type { ChangeMessages } from '../../domain/messages/change.js'
import { change as english } from '../en/change.js'
import type { Words } from '../words.js'

/**
 * The change messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const change: Words<ChangeMessages> = {
  ...english,
}
