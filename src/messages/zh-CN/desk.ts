import type { DeskMessages } from '../../domain/messages/desk.js'
import { desk as english } from '../en/desk.js'
import type { Words } from '../words.js'

/**
 * The desk messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const desk: Words<DeskMessages> = {
  ...english,
}
