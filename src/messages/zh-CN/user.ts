import type { UserMessages } from '../../domain/messages/user.js'
import { user as english } from '../en/user.js'
import type { Words } from '../words.js'

/**
 * The user messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const user: Words<UserMessages> = {
  ...english,
}
