import type { FormMessages } from '../../domain/messages/form.js'
import { form as english } from '../en/form.js'
import type { Words } from '../words.js'

/**
 * The form messages in Chinese (the glossary: docs/glossary.md).
 * TODO(zh-CN): still the English words, to be written in Chinese.
 */
export const form: Words<FormMessages> = {
  ...english,
}
