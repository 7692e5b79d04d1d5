import type { ImportMessages } from '../../domain/messages/import.js'
import { importing as english } from '../en/import.js'
import type { Words } from '../words.js'

/**
 * The import messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const importing: Words<ImportMessages> = {
  ...english,
}
